import math

print(math.log(math.e))
print(math.log(8, 2))
print(math.log(100, 10))
print(math.log(1))
print(math.isclose(0.1 + 0.2, 0.3))
print(0.1 + 0.2 == 0.3)
print(math.isclose(1.0, 1.1))
print(math.isclose(1.0, 1.1, rel_tol=0.2))
print(math.isclose(1e-10, 0.0), math.isclose(1e-10, 0.0, abs_tol=1e-9))
print(math.inf == float('inf'))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
