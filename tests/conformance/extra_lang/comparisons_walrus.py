x = 5
print(1 < x < 10, 1 < x > 10, x == 5 == 5.0, 1 < 2 < 3 < 2)
print([1, 2] < [1, 3], (1, 2) < (1, 2, 0), "abc" < "abd", "Z" < "a")
def noisy(v):
    print("eval", v)
    return v
print(noisy(1) < noisy(2) < noisy(0) < noisy(3))
data = [3, 1, 4, 1, 5, 9, 2, 6]
it = iter(data)
while (v := next(it, None)) is not None:
    if v > 4:
        print("first > 4:", v)
        break
print([y for n in data if (y := n * 2) > 8])
print(y)
if (m := max(data)) > 5:
    print("max", m)
