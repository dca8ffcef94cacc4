# format() of complex numbers: every presentation type, padding, signs, errors.
z=1+2j
for s in ['', '>20', '<20', '^20', '.2f', 'g', 'e', '.3e', 'E', 'G', 'F', 'f', '+', ' ', '+.2f', '020', '=20', '%', 'd', 'x', 'n', '.2', ',', '_.2f', '#g', '#', 'z.1f', '*^30.3f', ',.2f', 's', '10', '.0f', '.0e', '-']:
  for v in [z, 1234567.5-0.001j, -0j, complex(0,-1), complex(-0.0, 2), complex(float('inf'), float('nan')), 3j, complex(1e20, 1e-20)]:
    try: print(repr(s), repr(v), repr(format(v, s)))
    except Exception as e: print(repr(s), repr(v), type(e).__name__, e)
w = 3.14159-2.5j
print(f"{w:.2f}|{w:>20}|{w:g}|{w:e}|{w}|{w!r:>12}|{w:*<24.3e}|")
print("{:.1f} and {:+g}".format(1j, -1-1j))
