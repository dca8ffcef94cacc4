# weakref: references, callbacks, proxies and the weak containers.
import gc
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Obj(%s)" % self.name


o = Obj("a")
r = weakref.ref(o)
print(r() is o, r.__callback__, weakref.ref(o) is r)
print(isinstance(r, weakref.ref), weakref.ReferenceType is weakref.ref)
print(weakref.getweakrefcount(o), weakref.getweakrefs(o) == [r])
del o
print(r(), weakref.getweakrefcount(Obj("z")))

# Callbacks run when the referent goes, newest reference first.
o = Obj("b")
r1 = weakref.ref(o, lambda ref: print("callback 1", ref() is None))
r2 = weakref.ref(o, lambda ref: print("callback 2", ref is r2))
print(weakref.getweakrefcount(o))
del o
print("after del")

# __del__ runs before the callbacks.
class WithDel:
    def __del__(self):
        print("__del__")

w = WithDel()
wr = weakref.ref(w, lambda ref: print("callback after __del__"))
del w
print("after del 2")

# A callback of a reference freed first never runs.
o = Obj("c")
r3 = weakref.ref(o, lambda ref: print("never"))
del r3
del o
print("no callback")

# Equality and hashing follow the referent.
a, b = Obj("x"), Obj("x")
ra, rb = weakref.ref(a), weakref.ref(b)
print(ra == weakref.ref(a), ra == rb, hash(ra) == hash(a))
s = {ra, weakref.ref(a)}
print(len(s))

# Functions and classes can be referenced; lists and ints cannot.
def f():
    return 42

print(weakref.ref(f)()(), weakref.ref(Obj)() is Obj)
for value in [[], 1, "s", (1,), {}]:
    try:
        weakref.ref(value)
    except TypeError as e:
        print(e)

# Proxies.
o = Obj("p")
p = weakref.proxy(o)
print(p.name, p)
p.name = "q"
print(o.name)
del o
try:
    p.name
except ReferenceError as e:
    print("ReferenceError:", e)
cp = weakref.proxy(f)
print(cp())

# WeakValueDictionary.
d = weakref.WeakValueDictionary()
k1, k2 = Obj("v1"), Obj("v2")
d["one"] = k1
d["two"] = k2
print(len(d), sorted(d.keys()), d["one"], d.get("missing", "default"))
del k1
print(len(d), "one" in d, list(d.keys()))
print(d.pop("two"), len(d))

# WeakKeyDictionary.
kd = weakref.WeakKeyDictionary()
key1, key2 = Obj("k1"), Obj("k2")
kd[key1] = 1
kd[key2] = 2
print(len(kd), kd[key1], key2 in kd)
del key2
print(len(kd), [v for v in kd.values()])

# WeakSet.
ws = weakref.WeakSet()
m1, m2 = Obj("m1"), Obj("m2")
ws.add(m1)
ws.add(m2)
ws.add(m1)
print(len(ws), m1 in ws)
del m1
print(len(ws), [x.name for x in ws])

# Cycles: the collector frees the referents and the callbacks run.
c = Obj("cycle")
c.me = c
cr = weakref.ref(c, lambda ref: print("cycle freed"))
del c
gc.collect()
print("collected", cr())

# WeakMethod.
class Button:
    def click(self):
        return "clicked"

b = Button()
wm = weakref.WeakMethod(b.click)
print(wm()())
del b
print(wm())

# finalize.
o = Obj("fin")
fz = weakref.finalize(o, print, "finalized", "o")
print(fz.alive)
del o
print(fz.alive)
o2 = Obj("fin2")
fz2 = weakref.finalize(o2, print, "called early")
print(fz2(), fz2.alive, fz2())
o3 = Obj("at exit")
weakref.finalize(o3, print, "finalize at exit")
print("end")
