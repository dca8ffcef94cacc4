# The cycle collector frees what only cycles keep alive; __del__ shows when.
import gc


class Tracer:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


gc.collect()

# A self-referencing instance.
t = Tracer("self-ref")
t.me = t
del t
print("before collect 1")
print(gc.collect() > 0)

# A list that contains itself, holding a tracer.
lst = [Tracer("in list")]
lst.append(lst)
del lst
print("before collect 2")
print(gc.collect() > 0)

# A dict cycle.
d = {"t": Tracer("in dict")}
d["self"] = d
del d
print("before collect 3")
print(gc.collect() > 0)

# A closure that refers to itself.
def make():
    marker = Tracer("closure")

    def f():
        return f, marker

    return f

make()
print("before collect 4")
print(gc.collect() > 0)

# A bound-method cycle.
class Button:
    def __init__(self):
        self.handler = self.click
        self.tracer = Tracer("bound method")

    def click(self):
        pass

Button()
print("before collect 5")
print(gc.collect() > 0)

# An exception kept by the object that raised it.
class Holder:
    def __init__(self):
        self.tracer = Tracer("exception")
        try:
            raise ValueError("x")
        except ValueError as e:
            self.err = e
            e.holder = self

Holder()
print("before collect 6")
print(gc.collect() > 0)

# Two instances referring to each other, both with __del__.
a = Tracer("a")
b = Tracer("b")
a.other = b
b.other = a
del a, b
print("before collect 7")
print(gc.collect() > 0)

# Nothing left: a second collection finds nothing.
print(gc.collect())
print("end")
