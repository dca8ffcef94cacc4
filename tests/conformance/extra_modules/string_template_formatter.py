import string
from string import Formatter, Template
f = Formatter()
for s in ['a{{b', 'x}}y{0!r:>{w}}z', '{a[x:y].b}', '{}{}', '{0:{1}}', 'end{', '{', '}', '{0!}', '{0!:x}',
          '{0!r', '{0!rr:}', '{0:x!r}', '{[}', '{a]}', '{a[]}', '{a..b}', '{0.}', 'plain', '', '{0!', '{abc', '{a{b}']:
    try:
        print(repr(s), list(f.parse(s)))
    except ValueError as e:
        print(repr(s), 'ValueError:', e)
class P:
    x = 3
    items = {'k': [10, 20]}
for s, args, kw in [('{0} {1!r} {name:>6}', (1, 'a'), {'name': 'bob'}), ('{} {}', (1, 2), {}),
                    ('{0.x} {0.items[k][1]} {1[0]:03d}', (P(), [7]), {}), ('{:{}}|', ('ab', 5), {}),
                    ('{} {0}', (1,), {}), ('{0} {}', (1,), {}), ('{0!x}', (1,), {}), ('{a.}', (), {'a': 1}),
                    ('{0[1]x}', ([1, 2],), {}), ('{0:{1:{2}}}', (1, 2, 3), {}), ('{0:{1:{2:{3}}}}', (1, 2, 3, 4), {}),
                    ('{missing}', (), {}), ('{5}', (1,), {}), ('{0[}', ([1],), {})]:
    try:
        print(repr(s), repr(f.format(s, *args, **kw)), repr(s.format(*args, **kw)) if s != '{0!x}' else '')
    except Exception as e:
        print(repr(s), type(e).__name__ + ':', e)

class Strict(Formatter):
    def check_unused_args(self, used, args, kwargs):
        unused = set(kwargs) - used
        if unused:
            raise KeyError(f'unused: {sorted(unused)}')
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return f'<{key}?>'
        return super().get_value(key, args, kwargs)
print(Strict().format('{a} {b}', a=1))
try:
    Strict().format('{a}', a=1, c=2)
except KeyError as e:
    print('KeyError:', e)
print(Formatter().vformat('{0}-{x}', (1,), {'x': 2}), Formatter().convert_field('é', 'a'))

t = Template('$who likes ${what}; costs $$10. $missing')
print(t.safe_substitute(who='tim', what='kung pao'), t.get_identifiers())
try:
    t.substitute(who='tim', what='x')
except KeyError as e:
    print('KeyError:', e)
try:
    Template('oops $ here').substitute()
except ValueError as e:
    print('ValueError:', e)
class Pct(Template):
    delimiter = '%'
print(Pct('%name is %%%{age} years').substitute(name='Ann', age=30), Pct.delimiter, Template.delimiter)
print(string.capwords(' hello   world  '), string.capwords('a-b-c', '-'))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), repr(string.punctuation), len(string.printable), string.printable[-6:] == string.whitespace)
