import math

print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6))
print(math.factorial(0), math.factorial(5), math.factorial(20))
print(math.factorial(100))
print(len(str(math.factorial(100))))
for n in range(1, 8):
    print(n, math.isqrt(n * n), math.isqrt(n * n - 1))
