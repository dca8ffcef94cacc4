x, y, name = 3.14159, 42, "Ada"
w = 10
print(f"{x:.{2}f}|{y:>{w}}|{name!r:^10}|{y=}|{x = :.1f}|{'q'}|{{lit}}")
print(f"{y:#06x}|{y:+d}|{-y: d}|{y:_b}|{1e10:,.0f}|{0.000012345:.3e}|{123456789:e}")
print(f"{'nested ' + f'{y}'}|{[1, 2][0]}|{ {'a': 1}['a'] }|{(lambda: 5)()}")
print(f"{3 if y else 4}|{name[::-1]}|{name.upper()!s:>6}|{x!a}")
print("%(n)s has %(c)05.1f%%" % {"n": name, "c": 12.345})
print("{:{fill}{align}{width}}".format("mid", fill="*", align="^", width=9))
print("{0[1]} {1[k]} {2.real}".format([1, 2], {"k": "v"}, 3))
print(format(1234.5, "010.2f"), format(-1234.5, "<10"), format("s", "*>4"), format(255, "X"))
print(f"{float('inf'):>6}|{float('nan')}|{-0.0}|{1/3:.15g}|{2**0.5!r}")
import math
print(f"{math.pi:.20f}", f"{10**20:.3e}", f"{12:%}", f"{0.5:.0%}", f"{1234567:,}")
print(f"{'tab':\t>5}" if False else "skip", "a\tb".expandtabs(), repr("a\x00b\u00e9\U0001f600"))
print(str(b"\x00\xff"), repr(b"'\""), "%r" % b"x", "%a" % "é")
print("{!r:>10}".format(3.0), "{:g}".format(100000.0), "{:g}".format(1000000.0), "{:.2g}".format(0.000123))
print(round(2.5), round(3.5), round(-0.5), round(1.25, 1), round(1.35, 1), 1e22, 1e-5, 123456789012345678.0)
