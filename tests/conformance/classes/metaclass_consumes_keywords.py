# A metaclass __new__ may take class keywords for itself; only the ones it
# passes on to type.__new__ reach __init_subclass__.
class Meta(type):
    def __new__(mcs, name, bases, ns, *, tag=None, **kw):
        cls = super().__new__(mcs, name, bases, ns, **kw)
        cls.tag = tag
        return cls


class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)


class A(Base, tag='a'):
    pass


class B(Base, tag='b', extra=1):
    pass


print(A.tag, B.tag, Base.tag)
try:
    class C(Base, bogus=2, tag='c'):
        pass
except TypeError as e:
    print('TypeError')
M2 = Meta('M2', (Base,), {}, tag='m', other=3)
print(M2.tag)
