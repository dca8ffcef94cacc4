d = {1: "one"}
print(d[1])
d.pop(2)
