class Proxy:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        return f"<missing {name}>"

class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, x):
        return x + self.n

class Evens:
    def __contains__(self, v):
        return v % 2 == 0

p = Proxy()
print(p.real, p.anything, getattr(p, "other"))
add5 = Adder(5)
print(add5(10), callable(add5), callable(p))
e = Evens()
print(4 in e, 3 in e, 3 not in e)
print(hasattr(p, "zzz"))
