# decimal: format() and f-strings.
from decimal import Decimal

values = [Decimal("1234.5678"), Decimal("-0.00125"), Decimal("1E+5"), Decimal("0"),
          Decimal("123456789.1"), Decimal("Infinity"), Decimal("NaN"), Decimal("2.5"),
          Decimal("0.000000123")]
specs = ["", ".2f", ".0f", "10.3f", "<12.1f", "^12", "+.3e", ".3E", "e", ".4g", "g",
         ",", ",.2f", "%", ".1%", "012.2f", "*>14,.2f", " .2f", "f"]
for v in values:
    print(repr(v), " | ".join(format(v, s) for s in specs))
total = Decimal("1999.995")
print(f"Total: {total:,.2f} / {total:>12.3f} / {total!r} / {total!s}")
for bad in ["_.2f", "#.0f", ".2x", "10.2.f"]:
    try:
        format(Decimal("1.5"), bad)
    except ValueError as e:
        print(repr(bad), e)
