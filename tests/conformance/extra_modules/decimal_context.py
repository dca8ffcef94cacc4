# decimal: contexts, precision, rounding modes, flags and traps.
import decimal
from decimal import (Decimal, getcontext, setcontext, localcontext, Context,
                     ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_CEILING,
                     ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_05UP, Inexact, Rounded,
                     InvalidOperation, DivisionByZero, Overflow, FloatOperation)

ctx = getcontext()
print(ctx.prec, ctx.rounding, ctx.Emin, ctx.Emax, ctx.capitals, ctx.clamp)
print(ctx)
print(Decimal(1) / Decimal(7))
with localcontext() as c:
    c.prec = 5
    print(Decimal(1) / Decimal(7), Decimal("123456789") + 0, +Decimal("1.234567"))
    print(sorted(s.__name__ for s, on in c.flags.items() if on))
print(Decimal(1) / Decimal(7))
with localcontext(prec=3, rounding=ROUND_DOWN) as c:
    print(Decimal(2) / 3, c.prec, c.rounding)

for mode in [ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_DOWN, ROUND_UP,
             ROUND_CEILING, ROUND_FLOOR, ROUND_05UP]:
    row = [Decimal(s).quantize(Decimal("1"), rounding=mode)
           for s in ["2.5", "3.5", "-2.5", "2.51", "-2.49", "1.05", "0.5", "5.01"]]
    print(f"{mode:16}", " ".join(str(x) for x in row))

ctx.clear_flags()
print(Decimal("1.00") * 3, ctx.flags[Inexact], ctx.flags[Rounded])
print(Decimal(10) / 3, ctx.flags[Inexact], ctx.flags[Rounded])

c = Context(prec=6, rounding=ROUND_HALF_UP, traps=[DivisionByZero])
print(c.divide(Decimal(1), Decimal(3)), c.add(Decimal("1.0000005"), 0), c.multiply(3, Decimal("0.1")))
print(c.create_decimal("3.14159265"), c.sqrt(2), c.power(2, 10), c.quantize(Decimal("1.25"), Decimal("0.1")))
print(c.compare(Decimal(1), Decimal(2)), c.to_sci_string(Decimal("1E-10")), c.Etiny(), c.Etop())
print(repr(c))
c.traps[InvalidOperation] = False
print(c.divide(Decimal(0), Decimal(0)), c.flags[InvalidOperation])
c2 = c.copy()
c2.prec = 2
print(c.prec, c2.prec)

setcontext(Context(prec=4, traps=[Overflow, InvalidOperation]))
print(getcontext().prec, Decimal(22) / 7)
try:
    Decimal(1) / 0
except DivisionByZero:
    print("not trapped?")
else:
    print("untrapped divide by zero ->", Decimal(1) / 0)
try:
    Decimal("9E+999999") * 10
except Overflow as e:
    print("Overflow", isinstance(e, ArithmeticError))
setcontext(decimal.DefaultContext)
print(getcontext().prec)

c = getcontext()
c.traps[FloatOperation] = True
try:
    Decimal(0.5)
except FloatOperation as e:
    print("FloatOperation", isinstance(e, TypeError))
c.traps[FloatOperation] = False
try:
    c.prec = 0
except ValueError as e:
    print(e)
try:
    c.rounding = "ROUND_SIDEWAYS"
except TypeError as e:
    print("bad rounding")
print(decimal.BasicContext.prec, decimal.ExtendedContext.prec, decimal.MAX_PREC)
print(Decimal("1.23456789").quantize(Decimal("0.001"), context=Context(prec=3)) if False else "ok")
try:
    Decimal("123.456").quantize(Decimal("0.001"), context=Context(prec=4))
except InvalidOperation as e:
    print("quantize too long:", e.args)
