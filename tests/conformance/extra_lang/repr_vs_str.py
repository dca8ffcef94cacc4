class Both:
    def __repr__(self):
        return "Both<repr>"

    def __str__(self):
        return "Both<str>"

class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"

class Neither:
    pass

b = Both()
print(b)
print([b], (b,), {"k": b})
print(str(b), repr(b), f"{b} {b!r}")
print(OnlyRepr(), [OnlyRepr()])
n = Neither()
print(type(n).__name__, repr(n).startswith("<__main__.Neither object at "))
print(str(n) == repr(n))
print(repr("it's"), repr('say "hi"'), str(None), repr(1.0))
