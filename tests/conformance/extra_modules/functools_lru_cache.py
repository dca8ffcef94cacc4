from functools import lru_cache

calls = 0


@lru_cache(maxsize=None)
def fib(n):
    global calls
    calls += 1
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30))
print(calls)
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())


@lru_cache(maxsize=2)
def sq(x):
    print("computing", x)
    return x * x


for v in [1, 2, 1, 3, 1, 2]:
    print(sq(v))
print(sq.cache_info())
