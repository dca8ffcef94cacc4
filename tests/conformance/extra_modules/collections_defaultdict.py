from collections import defaultdict

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(sorted(groups.items()))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()))
print(counts["z"], "z" in counts)
print(len(counts))
plain = dict(counts)
print(type(plain).__name__, plain["s"])
