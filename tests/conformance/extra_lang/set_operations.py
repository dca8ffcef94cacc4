a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9])), sorted(a.intersection(b)), sorted(a.difference(b)))
print(sorted(a.symmetric_difference(b)))
print({1, 2} <= a, {1, 2} < a, a >= {1}, a.isdisjoint({7, 8}))
s = set()
s.add(3); s.add(1); s.add(3)
print(sorted(s), len(s))
s.discard(99); s.remove(1)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
fs = frozenset([1, 2])
print(fs, {fs: "ok"}[frozenset([2, 1])])
print({1, 2, 3} == {3, 2, 1}, set([1, 1, 2]))
