# Freeing containers nested a million levels deep: no native stack overflow
# (CPython's trashcan; Pyroclast's object/trashcan.rs). The collector is
# off only for speed: its passes over a growing million-deep structure
# take longer than building and freeing it. deep_drop_objects.py and
# deep_drop_more.py do the same through other objects.
import gc

gc.disable()
N = 1_000_000

x = []
for _ in range(N):
    x = [x]
del x
print("list freed")

t = ()
for _ in range(N):
    t = (t,)
del t
print("tuple freed")

d = {}
for _ in range(N):
    d = {"next": d}
del d
print("dict freed")
