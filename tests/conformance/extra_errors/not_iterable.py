for c in "ab":
    print(c)
for v in 5:
    print(v)
