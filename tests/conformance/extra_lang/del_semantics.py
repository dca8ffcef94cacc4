# When __del__ runs: the last reference going, once per object, at exit.
import gc


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


x = D(1)
del x
print("after del")

y = D(2)
y = D(3)
print("after rebinding")

def scope():
    local = D(4)
    print("in scope")

scope()
print("after scope")

items = [D(5), D(6), D(7)]
items.clear()
print("after clear")

class E(D):
    pass

E(8)
print("after subclass")

# __del__ added to a class after it was made.
class Late:
    pass

def late_del(self):
    print("late del")

Late.__del__ = late_del
Late()
print("after late")

# A resurrecting __del__ runs once.
saved = []

class Phoenix:
    def __del__(self):
        print("phoenix del")
        saved.append(self)

p = Phoenix()
del p
print("resurrected", len(saved))
saved.clear()
print("cleared again")

# A __del__ that raises is reported and ignored.
class Bad:
    def __del__(self):
        raise RuntimeError("ignored")

Bad()
print("after bad")

# Objects alive at the end are finalized at exit, in the order their
# names were bound.
keep_b = D("exit b")
keep_a = D("exit a")
_private = D("exit private")
print("end")
