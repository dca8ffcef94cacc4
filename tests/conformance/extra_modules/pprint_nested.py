# pprint: nested containers, long strings and bytes, depth limits,
# recursion, collections types and dataclasses, laid out as CPython does.
import collections
import dataclasses
import pprint
import types

print('--- nesting')
tree = {'root': {'left': {'left': [1, 2, 3], 'right': (4, 5)},
                 'right': {'values': list(range(25)), 'name': 'leaf' * 5}},
        'meta': [{'id': i, 'tags': ['t%d' % j for j in range(i)]} for i in range(4)]}
pprint.pprint(tree)
pprint.pprint(tree, width=50, compact=True)
pprint.pprint(tree, indent=3, width=60)
pprint.pprint([[[[['deep']]]]], width=5)
pprint.pprint(((1, (2, (3, (4,)))),), width=8)

print('--- depth')
pprint.pprint(tree, depth=1)
pprint.pprint(tree, depth=2)
pprint.pprint([1, [2, [3, [4, [5]]]]], depth=3)
pprint.pprint([(1,), (2, 3), [], {}, {'k': {}}], depth=1)

print('--- long strings')
text = 'The quick brown fox jumps over the lazy dog. ' * 4
pprint.pprint(text)
pprint.pprint(text, width=30)
pprint.pprint([text, 'short'])
pprint.pprint({'description': text, 'lines': 'first line\nsecond line\n' * 3}, width=40)
pprint.pprint('a' * 100)
pprint.pprint('word ' * 30, width=20)
pprint.pprint("it's quoted " * 8, width=40)
pprint.pprint(('tab\tand newline\n' * 6,), width=30)
pprint.pprint('')

print('--- bytes')
pprint.pprint(b'\x00\x01binary data with some text ' * 4, width=40)
pprint.pprint([b'abcdefghijklmnopqrstuvwxyz' * 3], width=30)
pprint.pprint(b'abc', width=1)

print('--- recursion')
a = [1, 2]
a.append(a)
print(pprint.isrecursive(a), pprint.isreadable(a))
print(pprint.saferepr(a).startswith('[1, 2, <Recursion on list with id='))
d = {'self': None}
d['self'] = d
print(pprint.isrecursive(d), pprint.pformat(d).startswith("{'self': <Recursion on dict with id="))
shared = [1, 2]
print(pprint.pformat([shared, shared, (shared,)]))
print(pprint.isrecursive([shared, shared]))

print('--- subclasses')


class MyDict(dict):
    pass


class MyList(list):
    def __repr__(self):
        return 'MyList(%d items)' % len(self)


print(pprint.pformat(MyDict(b=list(range(20)), a='x' * 40)))
print(pprint.pformat([MyList(range(30)), MyList()], width=10))

print('--- collections')
od = collections.OrderedDict([('zeta', 1), ('alpha', list(range(15))), ('mid', 'm' * 30)])
pprint.pprint(od)
pprint.pprint(od, width=30)
pprint.pprint(collections.OrderedDict())
dd = collections.defaultdict(list)
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'cranberry', 'coconut']:
    dd[word[0]].append(word)
pprint.pprint(dd)
pprint.pprint(dd, width=30)
pprint.pprint(collections.defaultdict(int))
counter = collections.Counter('the rain in spain stays mainly in the plain'.split())
pprint.pprint(counter)
pprint.pprint(collections.Counter('abracadabra'), width=20)
pprint.pprint(collections.Counter())
dq = collections.deque(range(30))
pprint.pprint(dq)
pprint.pprint(collections.deque(range(30), maxlen=40))
pprint.pprint(collections.deque(['x' * 20, 'y' * 20], maxlen=2), width=30)
pprint.pprint(collections.deque())
cm = collections.ChainMap({'a': 1, 'b': list(range(12))}, {'c': 'x' * 40})
pprint.pprint(cm, width=40)
ns = types.SimpleNamespace(alpha=list(range(20)), beta='b' * 30, gamma={'k': 1})
pprint.pprint(ns, width=40)
pprint.pprint(types.MappingProxyType({'key%d' % i: i for i in range(8)}), width=40)

print('--- dataclasses')


@dataclasses.dataclass
class Item:
    name: str
    price: float
    tags: list = dataclasses.field(default_factory=list)
    secret: str = dataclasses.field(default='hidden', repr=False)


@dataclasses.dataclass
class Order:
    id: int
    items: list
    note: str = ''


@dataclasses.dataclass
class Custom:
    value: list

    def __repr__(self):
        return 'Custom<%d>' % len(self.value)


order = Order(7, [Item('widget', 2.5, ['tool', 'small']), Item('gadget', 10.0)], 'deliver before noon please')
pprint.pprint(order)
pprint.pprint(order, width=40)
pprint.pprint(Item('x', 1.0))
pprint.pprint([Custom(list(range(40)))] * 3, width=20)
pprint.pprint({'orders': [order]}, width=60, depth=3)
