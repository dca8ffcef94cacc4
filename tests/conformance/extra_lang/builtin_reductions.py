words = ["pear", "fig", "banana", "kiwi"]
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(min([], default="none"), max([3, 1], default=0), max(3, 8, 2))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []))
print(sum([0.1] * 10))
print(any([]), all([]), any([0, "", 2]), all([1, "a", []]))
pairs = [("b", 2), ("a", 2), ("c", 1), ("d", 2)]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[1]))
print(list(enumerate("abc", start=1)))
print(list(map(str, [1, 2])), list(filter(None, [0, 1, "", "x"])))
print(list(reversed([1, 2, 3])), list(zip("ab", [1, 2], (True, False))))
