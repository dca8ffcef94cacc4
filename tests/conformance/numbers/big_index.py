def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
B = 10**20

t(lambda: [1, 2, 3][10**30:])
t(lambda: [1, 2, 3][:-10**30])
t(lambda: "abc"[-10**30:])
t(lambda: (1, 2, 3)[::10**30])
t(lambda: [1, 2, 3][10**30])
t(lambda: [1, 2, 3][-10**30])
t(lambda: "abc"[B])
t(lambda: (1, 2)[B])
t(lambda: b"ab"[-B])
d = list(range(5))
def f(): d[B] = 1
t(f)
def g(): del d[B]
t(g)
def h(): d[B:] = [9]; return d
t(h)
class I:
    def __index__(self): return B
t(lambda: [1][I()])
t(lambda: [1, 2, 3][I():])
t(lambda: [1, 2, 3].pop(B))
t(lambda: [1, 2, 3].insert(B, 5))
t(lambda: "abc".find("b", B))
t(lambda: "abc".find("b", -B))
t(lambda: [1, 2, 3].index(2, -B, B))
t(lambda: slice(10**30).indices(5))
t(lambda: slice(0, 10**30, B).indices(10**25))
t(lambda: slice(-B, None, -1).indices(10**25))
t(lambda: slice(1, 2).indices(-B))
import collections
t(lambda: collections.deque([1])[B])
