# Formatting paths that avoid big ints and Rust's float formatting:
# i64 digits in every base, specs with non-ASCII fills and digits,
# printf-style text with non-ASCII characters, and float rounding
# (ties to even, carries, tiny and huge values).
import sys

for v in [0, 7, -7, 255, -255, 2**63 - 1, -2**63, 2**64 + 1, -(2**70), True, False]:
    print(f"{v:d}|{v:x}|{v:X}|{v:o}|{v:b}|{v:#x}|{v:#o}|{v:+d}|{v: d}|{v:_x}|{v:,}")
    print(f"{v:>30}|{v:<30}|{v:^30}|{v:=+30}|{v:030}|{v:030,}")
    print("%d %i %u %x %X %o %#x %#o %+d % d %5d %-5d| %05d %.5d %8.3d" % ((v,) * 15))

print(f"{42:€^9}|{42:→>7}|{-42:é=9}|{'ab':ü<6}")
print(format(5, "٣"), format(5, "٠٣"), format(1.5, "١٠.٢f"))
print("café %d ünï %s %x" % (10, "ö", 255))
print("%(naïve)s=%(b)d" % {"naïve": "x", "b": 3})
try:
    print("héllo %y" % 1)
except ValueError as e:
    print(e)
try:
    print("%€" % 1)
except ValueError as e:
    print(e)
try:
    format(3, "€<")
    format(3, "€<5d")
    format(3, "€<5dd")
except ValueError as e:
    print(e)

for x in [0.125, 0.375, 2.5, 3.5, 2.675, 9.995, 9.9995, 0.5, 1.5, 1e22, 1e23, 123456.789,
          5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 0.1, 1 / 3, -0.0,
          -1e-7, 999999.5, 0.0009765625, 4503599627370496.5, 9007199254740993.0]:
    print(f"{x:.0f}|{x:.1f}|{x:.2f}|{x:.3f}|{x:.10f}|{x:.0e}|{x:.3e}|{x:.6E}|{x:.3g}|{x:.12g}|{x:.3}")
    print("%.2f %.0f %e %.3e %g %.10g %#.3g %+.1f %10.2f %-10.1e|" % ((x,) * 10))
    print(f"{x:,.2f}|{x:z.1f}|{x:.2%}|{x:020.3f}|{x:_.4f}")
print(f"{2**80:.3e}|{-(2**70):,.1f}|{10**30:f}")
print("%.30f" % 0.1, "%.25e" % (1 / 3), f"{1e-300:.320f}"[-30:])
print(f"{sys.float_info.max:.3e}", f"{sys.float_info.min:.3e}", f"{5e-324:.1e}")
print(sys.float_info)
print(sys.float_info.epsilon, sys.float_info.dig, type(sys.float_info).__name__, len(sys.float_info))
