import csv
import io

text = 'name,qty,note\r\napple,3,"red, round"\r\n"pear",,"says ""hi"""\r\n\r\nplum,7,"two\nlines"\r\n'
rd = csv.reader(io.StringIO(text, newline=''))
for row in rd:
    print(rd.line_num, row)
print(list(csv.reader(['a;b;c', 'd; e'], delimiter=';', skipinitialspace=True)))
print(list(csv.reader(['a\tb'], dialect='excel-tab')), list(csv.reader(["'x,y',z"], quotechar="'")))
print(list(csv.reader(['a\\,b,c\\\\d'], escapechar='\\')), list(csv.reader(['"a\\"b",c'], escapechar='\\', doublequote=False)))
print(list(csv.reader(['1,2.5,"x"'], quoting=csv.QUOTE_NONNUMERIC)), list(csv.reader(['"a",b'], quoting=csv.QUOTE_NONE)))
print(list(csv.reader(['a\\\rb', 'c'], escapechar='\\')), list(csv.reader(['"ab"c,d'])), list(csv.reader(['"unterminated'])))
print(list(csv.reader([])), list(csv.reader(['', ' ', ','])))

def written(rows, **kw):
    s = io.StringIO()
    w = csv.writer(s, **kw)
    for row in rows:
        print(w.writerow(row), end=' ')
    print(repr(s.getvalue()))

rows = [['a', 'b,c', 'q"q', '', None, 1, 2.5, 'x\ny', ' lead'], [''], [], ['a\rb']]
written(rows)
written(rows, quoting=csv.QUOTE_ALL)
written(rows[:1], quoting=csv.QUOTE_NONNUMERIC)
written([['a,b', 'q"q', 'e\\']], quoting=csv.QUOTE_NONE, escapechar='\\')
written([['q"q']], doublequote=False, escapechar='\\')
written(rows[:2], dialect='unix')
written(rows[:1], delimiter='|', lineterminator='\n', quotechar="'")
s = io.StringIO()
csv.writer(s).writerows([[1, 2], (3, 4), 'ab'])
print(repr(s.getvalue()))

csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL, lineterminator='\n')
d = csv.get_dialect('pipes')
print(sorted(csv.list_dialects()), d.delimiter, d.quoting, repr(d.lineterminator), d.quotechar, d.doublequote, d.escapechar, d.strict, d.skipinitialspace)
written([['a', 1]], dialect='pipes')
written([['a', 1]], dialect=d, quoting=csv.QUOTE_MINIMAL)

class semi(csv.excel):
    delimiter = ';'

csv.register_dialect('semi', semi)
print(list(csv.reader(['a;b'], 'semi')), list(csv.reader(['a;b'], semi)))
csv.unregister_dialect('semi')
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__)
print(csv.excel.delimiter, repr(csv.excel.lineterminator), csv.excel_tab.delimiter == '\t', csv.unix_dialect.quoting)
print(issubclass(csv.Error, Exception), csv.Error.__module__, csv.field_size_limit())

# DictReader / DictWriter.
src = io.StringIO('id,name\n1,Ann\n\n2,Bob,extra,more\n3\n')
dr = csv.DictReader(src, restkey='rest', restval='?')
print(dr.fieldnames)
for row in dr:
    print(dr.line_num, row)
print(list(csv.DictReader(['x y'], fieldnames=['a', 'b'], delimiter=' ')), csv.DictReader([]).fieldnames)
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=['id', 'name', 'city'], restval='-', lineterminator='\n')
print(dw.writeheader())
dw.writerow({'id': 1, 'name': 'Ann, Jr.'})
dw.writerows([{'id': 2, 'city': 'Oslo'}, {'name': 'Cy'}])
csv.DictWriter(out, ['id'], extrasaction='ignore', lineterminator='\n').writerow({'id': 9, 'zzz': 0})
print(out.getvalue(), end='')

def attempt(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

attempt(lambda: list(csv.reader(['"ab"c'], strict=True)))
attempt(lambda: list(csv.reader(['"ab'], strict=True)))
attempt(lambda: list(csv.reader(['a\rb'])))
attempt(lambda: list(csv.reader([b'a'])))
attempt(lambda: list(csv.reader(['1,a'], quoting=csv.QUOTE_NONNUMERIC)))
attempt(lambda: csv.writer(io.StringIO()).writerow(5))
attempt(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a,b']))
attempt(lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['']))
attempt(csv.reader, [], delimiter='')
attempt(csv.reader, [], delimiter=1)
attempt(csv.reader, [], quotechar='ab')
attempt(csv.reader, [], escapechar='ab')
attempt(csv.reader, [], lineterminator=None)
attempt(csv.reader, [], lineterminator=1)
attempt(csv.reader, [], quoting=7)
attempt(csv.reader, [], quoting='x')
attempt(csv.reader, [], dialect='nope')
attempt(csv.reader, 5)
attempt(csv.writer, 5)
attempt(csv.get_dialect, 'x')
attempt(csv.unregister_dialect, 'x')
attempt(csv.register_dialect, 1)
attempt(csv.field_size_limit, 'x')
attempt(csv.DictWriter, io.StringIO(), ['a'], extrasaction='x')
attempt(lambda: csv.DictWriter(io.StringIO(), ['a']).writerow({'b': 1}))
old = csv.field_size_limit(5)
attempt(lambda: list(csv.reader(['a' * 10])))
print(old, csv.field_size_limit(old), csv.field_size_limit())

sn = csv.Sniffer()
for sample in ['a,b,c\n1,2,3\n4,5,6\n', 'x;y\n"p;q";2\n"r";3\n', 'a\tb\n1\t2\n', 'n: 1: 2\nm: 3: 4\n']:
    d = sn.sniff(sample)
    print(repr(d.delimiter), repr(d.quotechar), d.skipinitialspace, d.doublequote)
print(sn.has_header('name,age\nann,3\nbob,45\n'), sn.has_header('1,2\n3,4\n'))
attempt(sn.sniff, '')
attempt(sn.sniff, 'a b\nc')
