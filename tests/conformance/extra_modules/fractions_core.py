from fractions import Fraction as F
import math
print(F(3, 4), repr(F(3, 4)), F(6, -8), F(-6, -8), F(0, -5), F(7))
print(F(0.1), F(1.5), F(-0.0), F('3/4'), F(' -1.5e3 '), F('1.25'), F('.5'), F('1.'), F('1_000.5'), F('-2E-3'), F('+7/-1'.replace('/-', '/')))
for bad in ['x', '1/', '/2', '1 /2', '1.2/3', '', '1e', '--1', '1__0', '0x10', '1/-2']:
    try:
        F(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for args in [(1, 0), ('1/0',), (0.5, 2), ('1', 2), ([],), (float('nan'),), (float('inf'),)]:
    try:
        F(*args)
    except Exception as e:
        print(type(e).__name__, e)
a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(-a))
print(a + 1, 1 + a, a - 1, 1 - a, 2 * a, a * 2, a / 2, 2 / a, a + 0.5, 0.5 + a, a * 1.5, 1.5 / a)
print(F(7, 2) // 2, 7 // F(2), F(7, 2) % 2, -7 % F(2, 3), divmod(F(-7, 2), 2), divmod(F(7, 2), 1.5), F(7, 2) // 1.5, F(7,2) % 1.5)
print(F(2, 3) ** 2, F(2, 3) ** -2, F(-2, 3) ** -3, F(4) ** F(1, 2), 2 ** F(3), 2 ** F(-1), 4 ** F(1, 2), F(1, 4) ** 0.5, 2.0 ** F(2), F(0) ** 0)
for expr in ['F(1, 2) / 0', 'F(1, 2) // 0', 'F(1, 2) % 0', 'F(0) ** -1', 'divmod(F(1), 0)', '1 / F(0)', "F(1) + 'a'", "F(1) < 'a'"]:
    try:
        print(eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
print(F(1, 2) == 0.5, F(1, 3) == 1 / 3, F(1, 2) < 0.6, F(1, 2) > float('-inf'), F(1, 2) < float('nan'), F(1, 2) == float('nan'), F(2) == 2, F(5, 2) >= F(5, 2), 1 < F(3, 2), F(1) != 1.0)
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(-1)), hash(F(1, 3)), hash(F(-7, 9)), hash(F(10**30, 7)))
print(F('3.14159').limit_denominator(10), F('3.14159').limit_denominator(100), F(math.pi).limit_denominator(), F(1, 3).limit_denominator(5), F(-113, 355).limit_denominator(50))
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print(e)
print(F(3, 4).as_integer_ratio(), F.from_float(0.25), F.from_float(3), F(3, 4).numerator, F(3, 4).denominator)
try:
    F.from_float('1')
except TypeError as e:
    print(e)
print(round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1, 3), 2), round(F(12345, 1), -2), round(F(250), -2), type(round(F(5, 2))))
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), int(F(-7, 2)), float(F(1, 3)), bool(F(0)), bool(F(1, 9)))
print(format(F(1, 3)), f"{F(5, 4)}", str(F(-4, 2)), sorted([F(1, 2), 0.25, 1, F(1, 3)]), sum([F(1, 10)] * 10), max(F(1, 2), F(2, 3)))
try:
    format(F(1, 3), '.2f')
except TypeError as e:
    print(e)
class G(F):
    pass
g = G(1, 2)
print(repr(g), type(g + 1).__name__, repr(+g), {F(1, 2): 'x'}[0.5], F(F(1, 2), F(1, 3)), F(F(3, 5)))
import copy
print(copy.copy(F(1, 2)), copy.deepcopy([F(2, 3)]))
