import numbers
from fractions import Fraction
print(isinstance(1, numbers.Integral), isinstance(1.0, numbers.Real), isinstance(1.0, numbers.Rational))
print(isinstance(True, numbers.Number), issubclass(bool, numbers.Number), issubclass(int, numbers.Complex))
print(isinstance(Fraction(1, 2), numbers.Rational), isinstance(Fraction(1, 2), numbers.Integral))
print(isinstance("1", numbers.Number), issubclass(float, numbers.Integral))
print(sorted(numbers.Integral.__abstractmethods__))
print(sorted(numbers.Complex.__abstractmethods__))
print(numbers.Number.__hash__, numbers.__all__)
try:
    numbers.Real()
except TypeError as e:
    print(type(e).__name__, e)
class MyInt(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __abs__(self): return MyInt(abs(self.v))
for n in sorted(numbers.Integral.__abstractmethods__):
    if n not in ('__int__', '__abs__'):
        setattr(MyInt, n, lambda self, *a: NotImplemented)
MyInt.__abstractmethods__ = frozenset()
m = MyInt(7)
print(m.numerator, m.denominator, float(m), m.__index__(), m.real, m.imag)
print(issubclass(numbers.Integral, numbers.Number), numbers.Rational.__mro__)
