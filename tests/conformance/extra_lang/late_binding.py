funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
adders = []
for n in range(3):
    def add(x):
        return x + n
    adders.append(add)
print([a(10) for a in adders])
def make(n):
    return lambda x: x + n
print([make(n)(10) for n in range(3)])
