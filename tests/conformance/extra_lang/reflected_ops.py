class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented

    def __radd__(self, other):
        print("radd called with", other)
        return self.__add__(other)

    def __mul__(self, k):
        return Money(self.cents * k)

    __rmul__ = __mul__

    def __repr__(self):
        return f"Money({self.cents})"

print(Money(5) + Money(7))
print(10 + Money(1))
print(sum([Money(1), Money(2), Money(3)]))
print(3 * Money(4), Money(4) * 2)
try:
    Money(1) + "x"
except TypeError as e:
    print("TypeError:", e)
