# A mail merge: letters from a Template, an invoice table through a
# Formatter subclass that knows a 'money' format and upper-case conversion.
import string
from string import Template, Formatter

customers = [
    {'name': 'Ada', 'city': 'London', 'items': [('notebook', 2, 3.5), ('pen', 10, 0.99)]},
    {'name': 'Grace', 'city': 'Arlington', 'items': [('compiler manual', 1, 42.0)]},
    {'name': 'Linus', 'items': []},
]

letter = Template('Dear $name,\nyour order ships to ${city}. Total: $$$total\n')


class InvoiceFormatter(Formatter):
    def format_field(self, value, spec):
        if spec.startswith('money'):
            width = int(spec[5:] or 0)
            return f'{value:,.2f}'.rjust(width)
        return super().format_field(value, spec)

    def convert_field(self, value, conversion):
        if conversion == 'u':
            return str(value).upper()
        return super().convert_field(value, conversion)


fmt = InvoiceFormatter()
row = '{0:<16}{1:>4} x {2:money8} = {3:money9}'
for c in customers:
    total = sum(q * p for _, q, p in c['items'])
    print(letter.safe_substitute(c, total=f'{total:.2f}'), end='')
    print(fmt.format('INVOICE FOR {name!u} ({n} lines)', name=c['name'], n=len(c['items'])))
    for item, qty, price in c['items']:
        print(fmt.format(row, item, qty, price, qty * price))
    print(fmt.format('{:>42}', fmt.format('total {0:money10}', total)))
    print('-' * 42)

print([t[1] for t in fmt.parse(row)], letter.get_identifiers())
print(string.capwords('the end of the run'))
