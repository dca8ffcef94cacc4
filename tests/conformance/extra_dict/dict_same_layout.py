# Many dicts with the same str keys in the same order, then each changed
# its own way: every dict must keep exactly its own keys, values and order.
rows = [{"id": i, "name": f"n{i}", "tag": "t" * (i % 3)} for i in range(12)]
del rows[1]["name"]
rows[2]["extra"] = 2
rows[3].pop("tag")
rows[4]["id"] = "four"
rows[5].clear()
rows[6].update({7: "int key", "id": 66})
rows[7]["name"] = rows[7].pop("name")
print(rows[8].popitem(), rows[9].setdefault("tag", "no"), rows[9].setdefault("new", "yes"))
rows[10]["x" * 100] = "long key"
for r in rows:
    print(r)
print(rows[0] == {"tag": "", "name": "n0", "id": 0}, rows[0] == rows[11])

# Keys built at run time equal the display's keys.
k = "".join(["i", "d"])
made = {k: 1, "name": 2}
print(made, made["id"], "id" in made, k in rows[0], list(made) == list(rows[0])[:2])

# More keys than fit a shared layout, added one at a time.
wide = {}
for i in range(40):
    wide[f"f{i}"] = i
    if i % 7 == 0:
        del wide[f"f{i // 2}"]
print(len(wide), list(wide)[:5], list(wide)[-3:], sum(wide.values()))

# Two layouts alternating, and dicts copied from each other.
a, b = [], []
for i in range(5):
    a.append({"x": i, "y": -i})
    b.append({"y": i, "x": -i})
print(a[4], b[4], [list(d) for d in a[:2] + b[:2]])
c = dict(a[0], z=3)
c2 = {**b[1], "x": 9}
print(c, c2, a[0], b[1])


# A key object equal to a str key, with the same hash.
class Alias:
    def __init__(self, s):
        self.s = s

    def __hash__(self):
        return hash(self.s)

    def __eq__(self, other):
        print("eq called with", other)
        return other == self.s


d = {"alpha": 1, "beta": 2}
print(d[Alias("beta")])
d[Alias("alpha")] = 10
print(d)
print(d.pop(Alias("alpha")), d)


class Bad:
    def __hash__(self):
        return hash("beta")

    def __eq__(self, other):
        raise ValueError("no comparing")


try:
    d[Bad()]
except ValueError as exc:
    print("ValueError:", exc)
try:
    d[[1]] = 2
except TypeError as exc:
    print("TypeError:", exc)

# Iterating a shared dict while it changes.
for r in ({"p": 1, "q": 2}, {"p": 1, "q": 2}):
    try:
        for key in r:
            r[key + "!"] = 0
    except RuntimeError as exc:
        print("RuntimeError:", exc)
    print(r)
