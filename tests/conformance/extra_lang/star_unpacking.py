a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
first, *rest = "hello"
print(first, rest)
*init, last = (1,)
print(init, last)
(p, q), *r = [(1, 2), 3, 4]
print(p, q, r)
x, y = y, x = 1, 2
print(x, y)
print([*range(3), *"ab"], (*[1], 2), {**{"a": 1}, "b": 2})
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], *(3,), **{"k": 4}, z=5))
for i, (ch, *nums) in enumerate([("a", 1, 2), ("b",)]):
    print(i, ch, nums)
