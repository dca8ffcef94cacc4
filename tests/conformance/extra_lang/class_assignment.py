# Assigning an instance's __class__ switches its type and its methods.
class A:
    def f(self):
        return "A"


class B:
    def f(self):
        return "B"


o = A()
print(o.f())
o.__class__ = B
print(type(o).__name__, o.f(), o.__dict__)
