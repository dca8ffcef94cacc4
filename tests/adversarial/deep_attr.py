# An attribute chain a.b.b.b... 100,000 long.
class A:
    pass
a = A()
a.b = a
src = "a" + ".b" * 100_000
try:
    print(eval(src) is a)
except SyntaxError as e:
    print("SyntaxError", e.msg)
except (RecursionError, MemoryError) as e:
    print(type(e).__name__, e)
src = "a" + ".b" * 1000
print(eval(src) is a)
