# Parse a CSV export of sales, summarise per region and product, and write
# the summary back out as CSV (quoting names that need it).
import csv
import io
from collections import defaultdict

data = '''date,region,product,units,unit_price
2024-01-03,North,"Widget, large",12,9.50
2024-01-03,South,Gadget,5,24.00
2024-01-04,North,Gadget,3,24.00
2024-01-05,"East ""Coast""",Widget,40,4.25
2024-01-05,South,"Widget, large",7,9.50
2024-01-06,North,Widget,,4.25
2024-01-07,South,Gizmo,2,"1,200.00"
'''

by_region = defaultdict(float)
by_product = defaultdict(int)
problems = []
reader = csv.DictReader(io.StringIO(data))
print(reader.fieldnames)
for row in reader:
    try:
        units = int(row['units'])
        price = float(row['unit_price'].replace(',', ''))
    except ValueError as e:
        problems.append((reader.line_num, row['product'], str(e)))
        continue
    by_region[row['region']] += units * price
    by_product[row['product']] += units

for region, total in sorted(by_region.items(), key=lambda kv: -kv[1]):
    print(f'{region:15} {total:10.2f}')
print(dict(by_product))
print(problems)

out = io.StringIO()
writer = csv.writer(out, lineterminator='\n')
writer.writerow(['product', 'units', 'share'])
total_units = sum(by_product.values())
for product, units in sorted(by_product.items()):
    writer.writerow([product, units, f'{units / total_units:.1%}'])
print(out.getvalue(), end='')

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=['region', 'revenue'], delimiter=';', quoting=csv.QUOTE_NONNUMERIC, lineterminator='\n')
w.writeheader()
w.writerows({'region': r, 'revenue': round(t, 2)} for r, t in sorted(by_region.items()))
print(out.getvalue(), end='')
print(list(csv.reader(out.getvalue().splitlines(), delimiter=';', quoting=csv.QUOTE_NONNUMERIC)))
