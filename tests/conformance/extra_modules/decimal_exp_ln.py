# decimal: exp, ln, log10 and powers, correctly rounded.
from decimal import Decimal, localcontext, ROUND_DOWN, ROUND_UP, getcontext, Inexact

for s in ["1", "2", "0.5", "-1", "10", "-20.5", "123.456", "1E-30", "0"]:
    d = Decimal(s)
    print(s, d.exp())
for s in ["2", "10", "0.5", "1", "1E+100", "7E-20", "12345.6789"]:
    d = Decimal(s)
    print(s, d.ln(), d.log10())
print(Decimal(2) ** Decimal("0.5"), Decimal(4) ** Decimal("0.5"), Decimal(8) ** Decimal("-1.5"))
print(Decimal("1.05") ** 30, Decimal("0.1") ** Decimal("0.1"), Decimal(10) ** -3)
print(Decimal("Infinity").exp(), Decimal("-Infinity").exp(), Decimal(0).ln(), Decimal(1000).log10())
for prec in (3, 10, 40):
    with localcontext() as c:
        c.prec = prec
        print(prec, Decimal(3).exp(), Decimal(3).ln(), Decimal(3).log10(), Decimal(3) ** Decimal("0.5"))
        c.rounding = ROUND_DOWN
        print(prec, Decimal(3).exp(), Decimal(7) ** Decimal("0.3"))
        c.rounding = ROUND_UP
        print(prec, Decimal(7) ** Decimal("0.3"), Decimal(1) / 3)

# compound interest: principal * (1 + rate) ** years, continuous vs yearly
principal, rate = Decimal("2500.00"), Decimal("0.045")
for years in (1, 5, 10, 30):
    yearly = (principal * (1 + rate) ** years).quantize(Decimal("0.01"))
    cont = (principal * (rate * years).exp()).quantize(Decimal("0.01"))
    print(f"{years:>2}y  yearly {yearly:>10}  continuous {cont:>10}")
half_life = Decimal(2).ln() / rate
print("doubling time", half_life.quantize(Decimal("0.001")))
