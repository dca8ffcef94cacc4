def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
B = 10**20

t(lambda: [1] * B)
t(lambda: B * [1])
t(lambda: "a" * B)
t(lambda: b"a" * B)
t(lambda: (1,) * B)
t(lambda: [1] * -B)
t(lambda: "" * -B)
t(lambda: [1, 2] * True)
t(lambda: (1, 2) * False)
t(lambda: b"ab" * True)
def f():
    x = [1]
    x *= B
t(f)
def g():
    x = [1]
    x *= -B
t(g)
t(lambda: bytes(B))
t(lambda: bytes(-B))
t(lambda: "abc".center(B))
t(lambda: "x".zfill(B))
t(lambda: "abc".expandtabs(B))
t(lambda: "%.*f" % (B, 1.5))
t(lambda: "%*d" % (B, 1))
t(lambda: chr(B))
t(lambda: chr(-B))
