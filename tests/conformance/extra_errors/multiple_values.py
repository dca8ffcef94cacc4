def f(a, b):
    return a - b

print(f(b=1, a=5))
f(1, a=2)
