d = {1: "one"}
print(d[1])
try:
    d[(1, 2)]
except KeyError as e:
    print("caught:", repr(e), e.args)
d.pop(2)
