print({x: x * x for x in range(5)})
print(sorted({x % 3 for x in range(10)}))
print([[i * j for j in range(3)] for i in range(3)])
print([(i, j) for i in range(3) for j in range(i)])
print([x for row in [[1, 2], [3], []] for x in row if x != 2])
print({k: v for k, v in zip("abc", range(3)) if v})
print(sum(x for x in range(10) if x % 2))
g = (c.upper() for c in "hey")
print(next(g), list(g))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
print({len(w): w for w in ["a", "bb", "cc"]})
x = "outer"
print([x for x in range(2)], x)
