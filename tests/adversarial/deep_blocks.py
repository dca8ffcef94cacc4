# 10,000 nested blocks.
lines = []
for i in range(10_000):
    lines.append(" " * i + "if True:")
lines.append(" " * 10_000 + "x = 1")
try:
    exec("\n".join(lines) + "\n")
    print("ran", x)
except SyntaxError as e:
    print("SyntaxError", e.msg)
except (RecursionError, MemoryError) as e:
    print(type(e).__name__, e)
# 90 nested blocks are fine.
lines = [" " * i + "if True:" for i in range(90)] + [" " * 90 + "y = 2"]
exec("\n".join(lines) + "\n")
print(y)
