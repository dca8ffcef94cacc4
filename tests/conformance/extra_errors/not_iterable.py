for c in "ab":
    print(c)
try:
    list(None)
except TypeError as e:
    print("caught:", e)
for v in 5:
    print(v)
