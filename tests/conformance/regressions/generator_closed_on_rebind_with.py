class R:
    def __enter__(self): return self
    def __exit__(self, *a): print("exit")
def gen():
    with R():
        yield 1
g = gen(); next(g)
g = 5
print("ok")
