# exec/eval against the module's own namespace (globals(), module-level
# locals()), a fresh dict, and an instance's __dict__.
x = 10
exec("y = x + 1", globals())
print(y)
exec("y += 1", globals(), locals())
print(y)
print(eval("x * y", globals()))
exec("def double(n): return n * 2", globals())
print(double(21), double.__module__ if hasattr(double, "__module__") else None)

d = {"base": 5}
exec("total = base + 1\ndef get(): return total", d)
print(d["total"], d["get"](), sorted(k for k in d if k != "__builtins__"))
print(eval("base * 2", d))
print(eval("base + extra", d, {"extra": 100}))

loc = {}
exec("z = x + 1", globals(), loc)
print(loc, "z" in globals())


class Box:
    pass


b = Box()
exec("width = 3\nheight = 4", vars(b))
print(b.width * b.height)


def inner():
    a = 1
    exec("a = 2; b = a + 1")
    return a


print(inner())

try:
    exec("pass", [])
except TypeError as e:
    print("TypeError:", e)
try:
    eval("1", 5)
except TypeError as e:
    print("TypeError:", e)
