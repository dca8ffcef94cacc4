it = iter([1])
print(next(it))
print(next(it, "default"))
try:
    next(iter(()))
except StopIteration as e:
    print("caught StopIteration", e.args)
next(it)
