def inner(n):
    for i in range(n):
        received = yield i
        if received:
            print("inner got", received)
    return n * 10

def outer():
    r1 = yield from inner(2)
    print("inner returned", r1)
    r2 = yield from inner(1)
    return r1 + r2

g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("outer returned", e.value)
print(list(outer()))
