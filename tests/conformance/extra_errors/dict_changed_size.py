d = {1: "a", 2: "b"}
for k in list(d):
    d[k + 10] = "safe"
print(sorted(d))
for k in d:
    print(k)
    d[k + 100] = "x"
