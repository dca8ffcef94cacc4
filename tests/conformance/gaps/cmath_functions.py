# cmath functions over finite arguments: branch cuts, signed zeros, large
# and tiny values, compared digit for digit with CPython.
import cmath

values = [
    0j, complex(-0.0, 0.0), complex(0.0, -0.0), complex(-0.0, -0.0),
    1 + 0j, -1 + 0j, 2 + 0j, -2 + 0j, complex(2, -0.0), complex(-2, -0.0),
    1j, -1j, 2j, -2j, complex(0.0, 2), complex(-0.0, 2), complex(-0.0, -2),
    0.5 + 0.5j, -0.5 - 0.25j, 3 - 4j, -3 + 4j, 1e-300 + 1e-300j,
    1e300 + 1e300j, -1e308 + 1e308j, 700 + 1j, -710 + 2j, 1 + 1e-200j,
    complex(1, -0.0), complex(-1, 0.0), 0.1 + 10j, 12345.678 - 0.001j,
]
names = ["sqrt", "exp", "log", "log10", "acos", "acosh", "asin", "asinh",
         "atan", "atanh", "cos", "cosh", "sin", "sinh", "tan", "tanh"]
for name in names:
    f = getattr(cmath, name)
    for z in values:
        try:
            r = f(z)
        except (ValueError, OverflowError) as e:
            r = type(e).__name__ + ": " + str(e)
        print(name, z, r)
for z in values:
    print("polar", z, cmath.polar(z), cmath.phase(z))
print(cmath.isclose(cmath.sin(1j) ** 2 + cmath.cos(1j) ** 2, 1))
print(cmath.rect(2, 0.5), cmath.rect(1, 0), cmath.rect(-1, 0.0))
