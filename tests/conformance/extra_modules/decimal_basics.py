# decimal: construction, arithmetic, str/repr, comparisons, hashing.
from decimal import Decimal, InvalidOperation, DivisionByZero, getcontext
from fractions import Fraction

for v in [0, -0, 5, -123, 10**30, "3.14", "-0.000", "1e5", "1E-7", "  12.50  ",
          "1_000.5", "Infinity", "-inf", "NaN", "sNaN", "NaN123", 0.1, 2.5, -0.0,
          float("inf"), (0, (1, 4, 1), -2), (1, (0,), 3), (0, (), "F")]:
    d = Decimal(v)
    print(repr(v), "->", repr(d), str(d), d.as_tuple())

for bad in ["abc", "1.2.3", "", "1e", "--1"]:
    try:
        Decimal(bad)
    except InvalidOperation as e:
        print("bad", repr(bad), type(e).__name__, e.args[0] == [__import__("decimal").ConversionSyntax])
for bad in [[1], (2, (1,), 0), (0, (10,), 0), (0, (1,), 1.5), object()]:
    try:
        Decimal(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

a, b = Decimal("1.10"), Decimal("3")
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(-a))
print(a ** 2, b ** -1, 2 ** b, Decimal("-7") // 2, Decimal("-7") % 2, 7 % Decimal("-2"))
print(Decimal("1.30") + Decimal("1.20"), Decimal("100") / Decimal("4"), Decimal(1) / Decimal(8))
print(Decimal("12.345").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("1.00")))
print(Decimal("1E+2").normalize(), Decimal("120.00").normalize(), Decimal("0.000").normalize())
print(Decimal(2).sqrt(), Decimal("0.25").sqrt(), Decimal(100).sqrt())

# comparisons across numeric types
print(Decimal("0.5") == 0.5, Decimal("0.1") == 0.1, Decimal(2) == 2, Decimal("2.0") == Fraction(2))
print(Decimal("0.5") < 1, Decimal("1.5") > Fraction(3, 2), Decimal("0.75") == Fraction(3, 4))
print(sorted([Decimal("2.5"), 1, Decimal("-1"), Fraction(1, 3)]))
print(max(Decimal("1.1"), Decimal("1.10")), min([Decimal(3), Decimal("2.99")]))
print(Decimal("NaN") == Decimal("NaN"), Decimal("NaN") != 1)
try:
    Decimal("NaN") < 1
except InvalidOperation as e:
    print("InvalidOperation on NaN ordering")

# hashes agree with int/float/Fraction for equal values
for x, y in [(Decimal(7), 7), (Decimal("7.000"), 7), (Decimal("0.5"), 0.5),
             (Decimal("-2.25"), -2.25), (Decimal("0.75"), Fraction(3, 4)),
             (Decimal("1e30"), 10**30), (Decimal("Infinity"), float("inf"))]:
    print(hash(x) == hash(y), end=" ")
print()
print(len({Decimal("1.0"), Decimal(1), 1, 1.0}))

# conversions
d = Decimal("-3.75")
print(int(d), float(d), round(d), round(d, 1), round(Decimal("2.5")), math_floor := __import__("math").floor(d), __import__("math").ceil(d))
print(d.as_integer_ratio(), Decimal("0.1").as_integer_ratio(), Decimal.from_float(0.1))
print(d.is_signed(), d.is_zero(), Decimal(0).is_zero(), Decimal("Inf").is_infinite(), Decimal("NaN").is_nan())
print(d.adjusted(), Decimal("123.45").adjusted(), d.copy_abs(), d.copy_negate(), Decimal(1).copy_sign(d))
print(Decimal("1.23E+5").to_eng_string(), Decimal("1.23E-7").to_eng_string(), Decimal("12345E+3"))
print(str(Decimal("0.0000001")), str(Decimal("123E-10")), str(Decimal("-0E+3")))

try:
    Decimal(1) / 0
except DivisionByZero as e:
    print("DivisionByZero", isinstance(e, ZeroDivisionError))
try:
    Decimal(1) + 1.5
except TypeError as e:
    print(e)
try:
    Decimal(0) / 0
except InvalidOperation as e:
    print("InvalidOperation", e.args)
print(getcontext().flags[DivisionByZero], getcontext().flags[InvalidOperation])
