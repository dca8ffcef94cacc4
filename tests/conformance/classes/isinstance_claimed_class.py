# isinstance's second chance: when the type check fails, an instance whose
# class overrides __class__ (a property, as unittest.mock's spec'd mocks
# have, or a plain class attribute) is also an instance of the class that
# attribute names. A non-class value is ignored; AttributeError from the
# property means "no", other errors propagate.
class Real:
    pass


class Proxy:
    def __init__(self, target):
        self._target = target

    @property
    def __class__(self):
        return type(self._target)


p = Proxy(Real())
print(isinstance(p, Real), isinstance(p, Proxy), isinstance(p, (int, Real)))
print(type(p) is Proxy, p.__class__ is Real, isinstance(Proxy(3), int))


class A:
    def f(self):
        return __class__


print('__class__' in A.__dict__, A().f())


class B:
    __class__ = 5


print(isinstance(B(), B), isinstance(B(), int))


class C:
    @property
    def __class__(self):
        raise AttributeError('x')


print(isinstance(C(), int), isinstance(C(), C))


class D:
    @property
    def __class__(self):
        raise KeyError('x')


try:
    print(isinstance(D(), int))
except KeyError as e:
    print('KeyError', e)
print(isinstance(D(), D), issubclass(Proxy, Real))
