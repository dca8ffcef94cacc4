d = {}
d[(1, 2)] = "tuple ok"
print(d)
try:
    {{}: 1}
except TypeError as e:
    print("caught:", e)
d[[1, 2]] = "list"
