# re: search, match, fullmatch, findall, finditer, groups and lookaround.
import re

print(re.search(r'(\d+)-(\d+)', 'call 555-1234 now'))
print(re.match(r'\d+', 'abc 123'))
print(re.match(r'\w+', 'abc 123'))
print(re.fullmatch(r'[a-z]+\d*', 'abc42'), re.fullmatch(r'[a-z]+', 'abc42'))

# findall: no groups, one group, several groups (unmatched groups are '').
print(re.findall(r'\d+', 'a1 b22 c333'))
print(re.findall(r'(\w)=(\d)?', 'a=1 b= c=3'))
print(re.findall(r'([a-z])\d', 'a1b2c'))
print(re.findall(r'', 'ab'))

# finditer and empty matches next to non-empty ones.
print([m.span() for m in re.finditer(r'\w*', 'ab cd')])
print([m.group() for m in re.finditer(r'x*', 'axxb')])

# Alternation, greedy / lazy / possessive repeats, atomic groups.
print(re.search(r'cat|dog|bird', 'hotdog').group())
print(re.match(r'<.*>', '<a><b>').group(), re.match(r'<.*?>', '<a><b>').group())
print(re.match(r'a{2,3}', 'aaaa').group(), re.match(r'a{2,3}?', 'aaaa').group())
print(re.match(r'a{,2}', 'aaaa').group(), re.match(r'a{3}', 'aaaa').group())
print(re.match(r'x{', 'x{'), re.match(r'x{1,2', 'x{1,2'))
print(re.match(r'a*+a', 'aaa'), re.match(r'(?>a*)b', 'aaab'))
print(re.match(r'(?:ab)+', 'ababa').group())

# Backreferences, named groups, conditionals.
print(re.search(r'(\w+) \1', 'hello hello world').group())
print(re.search(r'(?P<q>[\'"]).*?(?P=q)', 'say "hi" now').group())
print(re.match(r'(<)?\w+(?(1)>)', '<tag>').group(), re.match(r'(<)?\w+(?(1)>|$)', 'tag').group())

# Lookahead and lookbehind.
print(re.findall(r'\w+(?=!)', 'hey! you! there'))
print(re.findall(r'(?<!\$)\b\d+', '$10 20 $30 40'))
print(re.search(r'(?<=abc)def', 'abcdef').span())
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))

# Anchors and classes.
print(re.findall(r'^\w+', 'one\ntwo'), re.findall(r'(?m)^\w+$', 'one\ntwo'))
print(re.search(r'\bis\b', 'this is it').span(), re.findall(r'\Bi\B', 'a bit of fish'))
print(re.findall(r'[^a-c\d]', 'abcd12ef'), re.findall(r'[\w.-]+', 'a.b-c d_e'))
print(re.search(r'\Aab', 'ab'), re.search(r'ab\Z', 'ab\n'), re.search(r'ab$', 'ab\n'))
print(re.findall(r'[]a]', 'a]b'), re.findall(r'[a-]', 'a-b'), re.findall(r'[\]]', ']'))

# Unicode-aware classes for str patterns; ASCII-only under re.ASCII.
print(re.findall(r'\w+', 'héllo wörld Ωmega'))
print(re.findall(r'\w+', 'héllo wörld', re.ASCII))
print(re.findall(r'\d', '1٣४'), re.findall(r'\d', '1٣४', re.A))
print(re.findall(r'\s', 'a\u2003b\tc'), re.findall(r'\w+', 'naïve café', flags=re.I))

# Escapes.
print(re.findall(r'\x41\u00e9\101\0', 'Aé' + 'A\x00'), re.search(r'\N{EM DASH}', 'a\u2014b'))
print(re.escape('1+1=2? [yes] (no) a.b*c ^$|\\'), re.escape('é_x'))

# Pattern methods with pos and endpos.
p = re.compile(r'\d+')
print(p.search('ab12cd34', 4), p.match('ab12', 2), p.match('ab12', 2, 3))
print(p.findall('1 22 333', 2), p.fullmatch('123', 0, 2), p.search('12', 5))
print(re.compile('^b').search('ab', 1), re.compile('$').search('ab', 0, 1).span())
print(list(p.finditer('a1b22', endpos=4)))

# Bytes patterns.
print(re.findall(rb'\d+', b'a12b3'), re.sub(rb'a', b'o', b'banana'))
print(re.match(rb'(?i)caf\xc9', b'caf\xe9'), re.findall(rb'\w', b'a\xe9'))

# The cache and purge.
re.purge()
print(re.compile('abc') is re.compile('abc'))
