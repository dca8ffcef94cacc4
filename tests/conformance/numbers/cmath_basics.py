import cmath, math
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
for z in [4, -4, 2j, -2j, 3+4j, -3-4j, 1e-320+1e-320j, 1e300+1e300j, 0.5-0.25j, complex(-0.0, 0.0), complex(0.0, -0.0)]:
    print(z, cmath.sqrt(z), cmath.exp(z) if abs(z) < 700 else None, cmath.phase(z), cmath.polar(z))
for z in [1, -1, 1j, 3+4j, 0.9+0.1j, 1e-320, 1e300+1e300j, 10]:
    print(z, cmath.log(z), cmath.log10(z), cmath.log(z, 2), cmath.log(z, 1+1j))
t(lambda: cmath.log(0))
t(lambda: cmath.log(0j))
t(lambda: cmath.exp(1000))
t(lambda: cmath.exp(710+1j))
t(lambda: cmath.sqrt('a'))
t(lambda: cmath.sqrt())
print(cmath.rect(2, math.pi / 2), cmath.rect(1, 0), cmath.rect(1, -0.0), cmath.rect(3, 1))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1, 1.1), cmath.isclose(1, 1.1, rel_tol=0.2), cmath.isclose(0, 1e-10, abs_tol=1e-9))
t(lambda: cmath.isclose(1, 2, rel_tol=-1))
print(cmath.isfinite(1+1j), cmath.isinf(complex(1, math.inf)), cmath.isnan(cmath.nanj))
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.polar(1j))
t(lambda: cmath.polar(complex(1e308, 1e308)))
