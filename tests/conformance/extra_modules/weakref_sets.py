# Weak references to sets and frozensets (lists still refuse them).
import weakref
s = {1, 2, 3}
r = weakref.ref(s, lambda ref: print("set freed"))
print(r() is s, r() == {1, 2, 3})
fs = frozenset("ab")
rf = weakref.ref(fs)
print(rf() is fs)
ws = weakref.WeakValueDictionary()
ws["k"] = s
print(len(ws))
del s
print(r(), len(ws))
del fs
print(rf())
try:
    weakref.ref([1])
except TypeError as e:
    print(e)
