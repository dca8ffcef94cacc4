# pprint: module functions, PrettyPrinter options, and where lines break.
import io
import pprint
import sys

data = {'name': 'pyroclast', 'version': (0, 1, 0), 'tags': ['async', 'python', 'rust'],
        'limits': {'depth': 3, 'width': 80}, 'empty': {}, 'nothing': None, 'ratio': 0.25}

print('--- pprint to stdout')
pprint.pprint(data)
pprint.pprint(data, width=40)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(data, sort_dicts=False)

print('--- pp keeps insertion order')
pprint.pp({'z': 1, 'a': 2, 'm': [3, 4]})
pprint.pp({'zebra': list(range(12)), 'apple': 'x' * 30, 'mango': (1, 2)}, width=30)

print('--- pformat')
s = pprint.pformat(list(range(40)))
print(type(s).__name__, s.count('\n'))
print(s)
print(pprint.pformat(list(range(40)), compact=True))
print(pprint.pformat(list(range(40)), width=30, compact=True, indent=2))
print(pprint.pformat([], width=1), pprint.pformat({}, width=1), pprint.pformat((), width=1))
print(pprint.pformat((1,), width=1))
print(pprint.pformat((1, 2), width=1))
print(pprint.pformat([[1, 2], [3, 4]], width=1))

print('--- scalars and numbers')
for obj in [1, -5, 3.5, True, None, 'text', b'bytes', 10 ** 30]:
    print(pprint.pformat(obj))
print(pprint.pformat([123456789, 1000, 12], underscore_numbers=True))
print(pprint.pformat({10 ** 9: 2 ** 40}, underscore_numbers=True))

print('--- sets')
print(pprint.pformat({3, 1, 2}))
print(pprint.pformat(frozenset({30, 10, 20})))
print(pprint.pformat(set()), pprint.pformat(frozenset()))
print(pprint.pformat(set(range(0, 300, 17)), width=40))
print(pprint.pformat(frozenset(range(0, 300, 17)), width=40))
print(pprint.pformat({'pear', 'apple', 'fig', 'banana', 'cherry', 'kiwi'}, width=20))

print('--- mixed-type keys sort by type name')
print(pprint.pformat({'b': 1, 2: 'two', 'a': 3, 1: 'one'}, width=20))

print('--- streams')
buf = io.StringIO()
pprint.pprint({'k': [1, 2, 3]}, stream=buf)
pprint.pprint('second', buf)
print(repr(buf.getvalue()))
print(list(range(3)), file=buf)
saved = sys.stdout
sys.stdout = io.StringIO()
pprint.pprint(['captured'])
captured = sys.stdout.getvalue()
sys.stdout = saved
print('captured:', repr(captured))

print('--- PrettyPrinter')
pp = pprint.PrettyPrinter(indent=2, width=30, depth=2)
pp.pprint({'a': {'b': {'c': {'d': 1}}}, 'list': [[1, [2, [3]]]]})
print(pp.pformat([1, [2, [3, [4]]]]))
print(pp.isreadable([1, 2]), pp.isreadable([1, [2, [3]]]), pp.isrecursive([1]))
out = io.StringIO()
pprint.PrettyPrinter(stream=out, width=20).pprint(list('abcdefghij'))
print(out.getvalue(), end='')
print(pprint.PrettyPrinter(sort_dicts=False).pformat({'b': 1, 'a': 2}))

print('--- saferepr / isreadable / isrecursive')
print(pprint.saferepr({'b': [1, 2], 'a': (3,)}))
print(pprint.isreadable({'a': [1, 2]}), pprint.isreadable(object), pprint.isreadable(print))
print(pprint.isrecursive([1, 2]))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


print(pprint.pformat([Point(i, i * i) for i in range(8)]))
print(pprint.isreadable(Point(1, 2)))

print('--- errors')
for kwargs in [{'indent': -1}, {'depth': 0}, {'width': 0}]:
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print('ValueError:', e)
