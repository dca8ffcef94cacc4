# A suspended generator in a cycle through its own function's closure:
# the collector closes it, and CPython's reference counting then frees
# the rest during finalization (a generator keeps its code, not its
# function), so gc.collect() counts none of it. Pyroclast's generator
# keeps its function, so the collector frees and counts the cycle.
import gc
import weakref


class Node:
    def __init__(self):
        self.gen = None


refs = []


def make_cycle():
    n = Node()

    def body():
        me = n
        while True:
            yield me

    n.gen = body()
    next(n.gen)
    refs.append(weakref.ref(n))


gc.collect()
for _ in range(3):
    make_cycle()
print("alive before:", [r() is not None for r in refs])
print("collected:", gc.collect())
print("alive after:", [r() is not None for r in refs])
