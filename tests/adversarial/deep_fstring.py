# A 1,000-level nested f-string and comprehension.
src = "1"
for i in range(1000):
    q = "'\"" [i % 2]
    src = "f" + q + "{" + src + "}" + q
try:
    print(eval(src))
except SyntaxError as e:
    print("SyntaxError", e.msg)
except (RecursionError, MemoryError) as e:
    print(type(e).__name__, e)
src = "0"
for i in range(1000):
    src = "[" + src + " for _ in [0]]"
try:
    r = eval(src)
    print("ok")
except SyntaxError as e:
    print("SyntaxError", e.msg)
except (RecursionError, MemoryError) as e:
    print(type(e).__name__, e)
src = "0"
for i in range(50):
    src = "[" + src + " for _ in [0]]"
r = eval(src)
for i in range(50):
    r = r[0]
print(r)
