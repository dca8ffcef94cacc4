def echo():
    total = 0
    try:
        while True:
            try:
                v = yield total
            except ValueError as e:
                print("gen caught", e)
                v = 100
            total += v
    finally:
        print("gen cleanup")

g = echo()
print(next(g))
print(g.send(5))
print(g.send(10))
print(g.throw(ValueError("boom")))
g.close()
print("closed")
try:
    g.send(1)
except StopIteration:
    print("StopIteration after close")
