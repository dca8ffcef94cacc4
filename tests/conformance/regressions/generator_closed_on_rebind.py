def gen():
    try:
        yield 1
    finally:
        print("closing")
g = gen()
next(g)
del g
print("after")
