# re flags: RegexFlag values and reprs, inline flags, scoped flags.
import re

print(re.I, re.IGNORECASE, repr(re.M), str(re.S), re.X, re.A, re.U, re.L, re.NOFLAG)
print(re.I | re.M, re.M | re.I, re.I | re.M | re.S | re.X)
print(int(re.I), re.I == 2, re.I.value, re.I.name, (re.I | re.M).name)
print(type(re.I | re.M).__name__, type(re.I | 8).__name__, type(8 | re.I).__name__)
print(re.I & re.M, re.I ^ re.I, (re.I | re.M) & re.M, ~re.I)
print(re.I + 1, f'{re.M}', '%d' % re.M, re.I in (re.I | re.M))
print(re.RegexFlag.DOTALL, re.RegexFlag.VERBOSE == re.X, isinstance(re.I, int))

# IGNORECASE, with Unicode case folding for str patterns.
print(re.findall('abc', 'ABC abc AbC', re.I))
print(re.match('(?i)straße', 'STRAßE'), re.match('(?i)[a-z]+', 'ÀBC'), re.match('(?i)[à-ÿ]+', 'ÀÉ'))
print(re.match('(?i)s', 'ſ'), re.match('(?i)k', '\u212a'), re.match('(?i)[k]', 'K'))
print(re.match('(?ai)s', 'ſ'), re.match('(?i)é', 'É'), re.match('(?ai)é', 'É'))
print(re.match(r'(?i)(a)\1', 'aA'), re.match(r'(?i)[^a]', 'A'))

# MULTILINE, DOTALL, VERBOSE.
text = 'first line\nsecond line\nthird'
print(re.findall(r'^\w+', text, re.M), re.findall(r'\w+$', text, re.M))
print(re.search(r'line.second', text), re.search(r'line.second', text, re.S))
pattern = re.compile(r'''
    (?P<year>\d{4})   # year
    -(?P<month>\d\d)  # month
    \ x               # an escaped space
    [ ]y              # a space in a set
''', re.VERBOSE)
print(pattern.match('2024-05 x y').groupdict())

# Inline global flags and scoped flags.
print(re.match(r'(?i)abc', 'ABC'), re.match(r'(?s).+', 'a\nb').group())
print(re.match(r'a(?i:b)c', 'aBc'), re.match(r'a(?i:b)c', 'aBC'))
print(re.match(r'(?i)a(?-i:b)c', 'AbC'), re.match(r'(?i)a(?-i:b)c', 'ABC'))
print(re.findall(r'(?m:^x)|y$', 'x\ny\nx'), re.match(r'(?x: a b )c', 'abc'))
print(re.compile(r'(?im)x').flags == re.I | re.M | re.U)
print(re.compile(r'(?a)\w').flags, re.compile(rb'(?L)\w').flags, re.compile(rb'\w').flags)

# Flags passed as plain ints work too.
print(re.findall('a', 'aA', 2), re.compile('a', 2))

# Incompatible flags.
for args in (('a', re.A | re.U), (b'a', re.U), ('a', re.L), (b'a', re.A | re.L)):
    try:
        re.compile(*args)
    except ValueError as e:
        print('ValueError:', e)
