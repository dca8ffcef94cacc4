# re.Match and re.Pattern objects: attributes, methods and reprs.
import re

m = re.search(r'(?P<key>\w+)=(?P<value>\w+)?(;)?', 'x key= y')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('value'), m.group(1, 'key', 2))
print(m[0], m['key'], m[2], m.groups(), m.groups('-'))
print(m.groupdict(), m.groupdict(default='?'))
print(m.start(), m.end(), m.span(), m.start(1), m.end('key'), m.span(2), m.start(3))
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re)
print(m.regs)
print(m.expand(r'[\1|\g<key>|\g<value>|\g<0>]'), m.expand(r'\n\t\\'))
print(type(m).__name__, type(m).__module__, bool(m))

# lastindex is the last group closed; lastgroup its name, if any.
print(re.match(r'(a)b', 'ab').lastindex, re.match(r'((a)b)', 'ab').lastindex)
print(re.match(r'(a)(b)?', 'a').lastindex, re.match(r'a', 'a').lastindex)
print(re.match(r'(?P<x>a)(?P<y>b)', 'ab').lastgroup, re.match(r'(?P<x>a)(b)', 'ab').lastgroup)
print(re.match(r'(a|(b))+', 'ab').groups(), re.match(r'(a)|b', 'b').groups())

# Bad group indexes.
for g in (3, -1, 'nope', 1.5):
    try:
        m.group(g)
    except IndexError as e:
        print('IndexError:', e)
try:
    m.start(9)
except IndexError as e:
    print('IndexError:', e)

# Long matches are cut in the repr, as CPython cuts them.
print(re.search('.+', 'y' * 80))
print(re.search(b'a+', b'xaa'))
print(re.match('', 'abc'))
print(re.search(r'\w+', 'naïve'))

# Pattern attributes and repr.
p = re.compile(r'(?P<first>\w+)\s(?P<last>\w+)(\d)?', re.I | re.M)
print(p, p.pattern, p.flags, p.groups)
print(p.groupindex, dict(p.groupindex), p.groupindex['last'])
print(re.compile('a'), re.compile(b'a'), re.compile('a', re.A), re.compile('x', re.S | re.X))
print(re.compile('(?s)a'), re.compile('(?x) a'), re.compile(b'a', re.L))
print(re.compile('a' * 250))
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I))
print(hash(re.compile('ab')) == hash(re.compile('ab')))
print(type(p).__name__, type(p).__module__, isinstance(p, re.Pattern), isinstance(m, re.Match))
print(re.compile(p) is p)
try:
    re.compile(p, re.I)
except ValueError as e:
    print('ValueError:', e)

# Matches found by finditer keep their pattern and string.
for mm in re.finditer(r'(\d)(\w)', '1a 2b'):
    print(mm, mm.re.pattern, mm.string, mm.groups())

import copy
print(copy.copy(m) is m, copy.deepcopy(p) is p)

# Corner cases CPython 3.11 answers in its own way.
print(re.search(r'\B', ''), re.search(r'\B', 'ab').span(), re.compile('(a)').groupindex)
print(re.match('\ufb05', '\ufb06', re.I), re.match('[\ufb04-\ufb05]', '\ufb06', re.I))
print(repr(~(re.I | re.S | 1 << 20)))
