import reprlib
from collections import deque
print(reprlib.repr(list(range(100))))
print(reprlib.repr('x' * 100))
print(reprlib.repr({i: str(i) for i in range(10)}))
print(reprlib.repr(set(range(20))), reprlib.repr(frozenset('abcdefghij')), reprlib.repr(set()), reprlib.repr(frozenset()))
print(reprlib.repr(tuple(range(3))), reprlib.repr((1,)), reprlib.repr([[[[[[[[1]]]]]]]]))
print(reprlib.repr(2 ** 200), reprlib.repr(deque(range(10))))
r = reprlib.Repr()
r.maxlist = 2
r.maxlevel = 1
print(r.repr([1, [2, 3], 4]), r.repr({'a': {'b': 1}}))
print(reprlib.repr(object)[:15], reprlib.repr({3: 'c', 'a': 1}))
class Bad:
    def __repr__(self):
        raise RuntimeError('boom')
print(reprlib.repr(Bad()).startswith('<Bad instance at 0x'))
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return f'Node({self.v}, {self.children})'
n = Node(1)
n.children.append(n)
n.children.append(Node(2))
print(n, Node.__repr__.__name__, Node.__repr__.__qualname__)
class Long:
    def __repr__(self):
        return 'L' * 50
print(reprlib.repr(Long()), reprlib.aRepr.maxother)
print(reprlib.repr(b'abc' * 20), reprlib.repr(3.5), reprlib.repr(None))
