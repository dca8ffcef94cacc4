def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8, e=9))
def g(x, /, y, *, z):
    return x + y + z
print(g(1, 2, z=3), g(1, y=2, z=3))
try:
    g(x=1, y=2, z=3)
except TypeError as e:
    print("TypeError:", e)
def acc(item, bucket=[]):
    bucket.append(item)
    return bucket
print(acc(1), acc(2))
print(f.__defaults__, f.__kwdefaults__)
print(f.__name__, g.__name__)
