class A:
    pass
a = A()
for label, f in [
    ("setattr0", lambda: object.__setattr__(a)),
    ("setattr bad name", lambda: object.__setattr__(a, 1, 2)),
    ("getattribute0", lambda: object.__getattribute__(a)),
    ("getattribute bad", lambda: object.__getattribute__(a, 1)),
    ("delattr0", lambda: object.__delattr__(a)),
    ("delattr bad", lambda: object.__delattr__(a, 1)),
    ("type.__new__ 1", lambda: type.__new__(type, "x")),
    ("type.__new__ not type", lambda: type.__new__(1, "x", (), {})),
    ("type.__new__ ok", lambda: type.__new__(type, "X", (), {}).__name__),
    ("setattr ok", lambda: (object.__setattr__(a, "v", 5), a.v)[1]),
]:
    try:
        print(label, "->", f())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
