from collections import Counter

c = Counter("abracadabra")
print(c.most_common(3))
print(c["a"], c["z"])
print(sorted(c.items()))
c2 = Counter([1, 2, 2, 3, 3, 3])
print(c2)
print(c2.most_common())
c2.update([1, 1])
print(c2.most_common(1))
print(sum(c2.values()))
words = "the cat and the hat and the bat".split()
print(Counter(words).most_common(2))
