# Machine-int fast paths of + - * % // and their augmented forms at the i64 edges.
vals = [0, 1, -1, 7, -7, 3, -3, 2**62, -2**62, 2**63 - 1, -2**63, 9223372036854775807, -9223372036854775808]
for a in vals:
    for b in vals:
        out = [a + b, a - b, a * b]
        if b:
            out += [a % b, a // b]
        else:
            for f in (lambda: a % b, lambda: a // b):
                try:
                    f()
                except ZeroDivisionError as e:
                    out.append(str(e))
        x = a
        x %= b if b else 1
        y = a
        y //= b if b else 1
        z = a
        z *= b
        print(a, b, out, x, y, z)
