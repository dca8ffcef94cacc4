# Insertion order survives deletes and re-inserts; popitem takes the last
# entry; a re-inserted key goes to the end.
d = {}
for i in range(20):
    d[i] = i * i
for i in range(0, 20, 3):
    del d[i]
print(list(d))
d[3] = "back"
d[0] = "zero"
d[19] = "kept"
print(list(d.items())[-4:])
print(d.popitem(), d.popitem())
print(len(d), list(d)[:5])

# Many deletes then inserts (holes, compaction), order checked throughout.
e = {f"k{i}": i for i in range(100)}
for i in range(100):
    if i % 4:
        del e[f"k{i}"]
for i in range(50):
    e[f"n{i}"] = -i
print(len(e), list(e)[:6], list(e)[-3:])
e.update((f"k{i}", i) for i in range(8))
print(list(e)[:3], list(e)[-8:])

# Small dicts: delete everything, then refill; keys equal across types.
s = {1: "a", 2: "b", 3: "c"}
del s[2]
s[2.0] = "B"
s[True] = "A"
print(s)
while s:
    print(s.popitem())
try:
    s.popitem()
except KeyError as exc:
    print("KeyError", exc)
s.update(x=1, y=2)
print(s, list(reversed(s)))

# pop/setdefault/copy keep order; copy of a dict with holes.
c = dict.fromkeys("abcdefghijkl", 0)
for ch in "bdfh":
    c.pop(ch)
c.setdefault("b", 9)
cc = c.copy()
cc["z"] = 1
print("".join(c), "".join(cc), c == cc, len(c), len(cc))

# Large int keys that differ only in high bits.
big = {i << 40: i for i in range(30)}
for i in range(0, 30, 2):
    del big[i << 40]
print([k >> 40 for k in big][:8], big.get(3 << 40), big.get(4 << 40))

# OrderedDict: move_to_end and popitem(last=False) after deletes.
from collections import OrderedDict
od = OrderedDict((ch, i) for i, ch in enumerate("abcdefghij"))
del od["c"]
od.move_to_end("a")
od.move_to_end("j", last=False)
print(list(od), od.popitem(last=False), od.popitem())
for _ in range(3):
    od.popitem(last=False)
od["new"] = 0
print(list(od))
