import math

print(math.sqrt(16), math.sqrt(2))
print(math.floor(3.7), math.floor(-3.2), type(math.floor(2.5)).__name__)
print(math.ceil(3.2), math.ceil(-3.7), type(math.ceil(2.5)).__name__)
print(math.pi)
print(math.e)
print(math.inf, -math.inf, math.inf > 10**300)
print(math.fabs(-2), math.fabs(3.5))
print(math.trunc(3.9), math.trunc(-3.9))
print(math.pow(2, 10), math.pow(2, 0.5))
print(math.isqrt(17), math.isqrt(10**20))
