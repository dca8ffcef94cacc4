# An instance chain (`o.next = prev`) a million levels deep, freed with
# no native stack overflow (see deep_drop.py).
import gc

gc.disable()
N = 1_000_000


class Node:
    pass


prev = None
for i in range(N):
    o = Node()
    o.next = prev
    prev = o
del o, prev
print("instance chain freed")
