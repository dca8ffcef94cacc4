# Chains 100,000 deep through dict keys, closures, exception contexts,
# generators, builtin iterators and mixed containers, and a cycle through
# every level that the collector frees: no native stack overflow (see
# deep_drop.py).
import gc

gc.disable()
N = 100_000


class Node:
    pass


class Key:
    def __init__(self, inner):
        self.inner = inner

    def __hash__(self):
        return 0


k = None
for _ in range(N):
    k = {Key(k): None}
del k
print("dict keys freed")


def wrap(f):
    def inner():
        return f
    return inner


c = None
for _ in range(N):
    c = wrap(c)
del c
print("closure chain freed")

e = None
for i in range(N):
    x = ValueError(i)
    x.__context__ = e
    e = x
del e, x
print("exception chain freed")

g = iter(())
for _ in range(N):
    g = (v for v in g)
del g
print("generator chain freed")

it = iter(())
for k in range(N):
    kind = (map, filter, zip, enumerate, iter)[k % 5]
    it = kind(None, it) if k % 5 < 2 else kind(it)
del it
print("iterator chain freed")

mixed = None
for i in range(N):
    mixed = [(mixed, {i: Node()})]
mixed = None
print("mixed freed")

# A cycle through every level, freed by the collector.
gc.enable()
first = cyc = []
for _ in range(N):
    cyc = [cyc]
first.append(cyc)
del first, cyc
print("collected", gc.collect() >= N)
