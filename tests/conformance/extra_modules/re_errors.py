# re.error messages and positions for bad patterns, templates and arguments.
import re

bad = [
    '(abc', 'abc)', '[a-', '[z-a]', r'[\d-z]', 'a{3,2}', '*a', 'a**', 'a++*',
    '^*', r'\1(a)', r'(a)\2', r'(?P<1x>a)', r'(?P<a>x)(?P<a>y)', r'(?P=zz)',
    r'(?P<a>(?P=a))', '(?<=a+)b', '(?<!a|bc)d', r'(?(2)a|b)', r'(?(x)a)',
    r'(?(1)a|b|c)', '(?Q)', '(?P', '(?P!x)', '(?<x)', '(?i', '(?-', '(?i-i:a)',
    '(?L)a', '(?au)a', '(?-a:x)', 'a(?i)b', '(?#unterminated', r'\q', r'[\q]',
    r'\x4', r'\u12', r'\U0011ffff', r'\N{NO SUCH NAME}', r'\N', r'\400', r'[\400]',
    'ab\\', '(?P<>x)', '(?z:x)', '(?i-z:x)', '(', ')', '[]', '[^]',
    'a\n(b\nc', '(?x)a  #c\n[b', r'(?P<a>x)(?(a)y|z)\g<a>',
]
for p in bad:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', e, '| msg:', e.msg, '| pos:', e.pos, e.lineno, e.colno)

e = re.error('plain message')
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno, isinstance(e, Exception))
print(re.error.__name__, re.error.__module__)

# Bytes patterns report bytes positions and escape their messages.
try:
    re.compile(b'[\xe9-a]')
except re.error as e:
    print(e)

# Huge repeat counts are OverflowError.
try:
    re.compile('a{4294967296}')
except OverflowError as e:
    print('OverflowError:', e)

# Template errors are raised even when nothing matches.
for repl in (r'\2', r'\g<x>', r'\g<-1>', r'\g<a', r'\g', r'\q', r'\g<2x>', '\\'):
    try:
        re.sub(r'(a)', repl, 'zzz')
    except (re.error, IndexError) as e:
        print(repr(repl), type(e).__name__, e)

# Argument type errors.
for call in (lambda: re.search('a', 1), lambda: re.search(b'a', 'a'),
             lambda: re.search('a', b'a'), lambda: re.compile(1),
             lambda: re.sub('a', lambda m: 1, 'a'), lambda: re.sub('a', 1, 'a'),
             lambda: re.sub(b'a', lambda m: 'x', b'a'), lambda: re.sub('a', b'x', 'a'),
             lambda: re.sub('(a)', b'\\1x', 'a'), lambda: re.match('(a)', 'a').expand(2)):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)

# An uncaught re.error ends the program with CPython's last line.
re.compile('x(?P<name>y')
