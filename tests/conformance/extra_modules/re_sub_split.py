# re.sub / subn with templates and callables, re.split with groups and maxsplit.
import re

print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, good day'))
print(re.sub(r'(?P<first>\w)(?P<rest>\w*)', r'\g<rest>\g<first>ay', 'pig latin'))
print(re.sub(r'(a)|b', r'[\1]', 'abc'))
print(re.sub(r'\d', r'<\g<0>>', 'a1b2'), re.sub(r'x', r'\n\t\\\q'[:-2], 'axb'))
print(re.sub(r'(\d)', r'\g<1>0', 'a5'))
print(re.sub(r'a', r'\101\0', 'bab'), re.sub('a', '\\\\', 'bab'))
print(re.sub(r'\s+', ' ', '  lots   of\t\nspace  ').strip())
print(re.sub(r'x*', '-', 'abxd'), re.sub(r'', '.', 'ab'), re.sub(r'(?m)^', '> ', 'a\nb'))
print(re.sub('a', 'b', 'aaaa', count=2), re.sub('a', 'b', 'aaaa', 0), re.sub('a', 'b', 'aaaa', -1))
print(re.subn(r'o', '0', 'foo boo'), re.subn(r'z', 'y', 'abc'), re.subn('a', 'b', 'aaa', count=1))

# Callables get the Match and return the replacement; None means ''.
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'x=10, y=21'))
print(re.sub(r'(?P<w>\w+)', lambda m: m['w'].upper() if len(m['w']) > 2 else None, 'to be or not'))
def swap_case(m):
    return m.group().swapcase()
print(re.sub('[a-z]+', swap_case, 'abc DEF ghi', flags=re.I))
count = [0]
def numbered(m):
    count[0] += 1
    return '%d:%s' % (count[0], m.group())
print(re.compile(r'\w+').sub(numbered, 'one two three', 2))

# Bytes.
print(re.sub(rb'(\d+)', rb'[\1]', b'a12b3'), re.subn(b'a', lambda m: b'A', b'banana'))

# split.
print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1), re.split(r'\W+', 'a b c', maxsplit=-1))
print(re.split(r'[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(r'(a)|(b)', 'xaybz'), re.split(r'\b', 'a b'), re.split(r'x*', 'axbc'))
print(re.split(r'', 'abc'), re.split(r'(?=b)', 'abab'), re.split(',', ''), re.split('x', 'axbxc', 5))
print(re.compile(r'\s*;\s*').split('a ; b;c ;d'), re.split(rb'-', b'a-b'))
print(re.split(r'^$', 'foo\n\nbar\n', flags=re.M))

# Match.expand uses the same templates.
m = re.match(r'(?P<h>\d+):(?P<m>\d+)(:(\d+))?', '12:34')
print(m.expand(r'\g<m> past \g<h> (\4)'), m.expand(b'x' if False else r'\1\2'))
