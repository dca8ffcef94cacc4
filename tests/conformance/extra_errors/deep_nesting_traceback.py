# Exception chains longer than the recursion limit, chains that loop, and
# deeply nested exception groups are formatted without recursing per link.
import traceback

e = None
for i in range(5000):
    x = ValueError(i)
    x.__context__ = e
    e = x
lines = traceback.format_exception(e)
print(len(lines), lines[0], lines[-1], end="")
te = traceback.TracebackException.from_exception(e)
print(sum(1 for _ in te.format()))

a = KeyError("a")
b = TypeError("b")
a.__context__ = b
b.__context__ = a
print("".join(traceback.format_exception(a)), end="")

c = RuntimeError("c")
c.__cause__ = c
print("".join(traceback.format_exception(c)), end="")

g = ValueError(0)
for i in range(30):
    g = ExceptionGroup(f"g{i}", [g])
print("".join(traceback.format_exception(g)), end="")
