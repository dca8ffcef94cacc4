d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("c", 3), d.setdefault("a", 99), d)
print(d.pop("b"), d.pop("zz", "default"), d)
d.update({"x": 10}, y=20)
print(d)
print(d.popitem(), d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(dict.fromkeys("abc", 0), dict.fromkeys([1, 2]))
print(d | {"new": 1})
d["a"] = 100
print(d, len(d), "a" in d, 100 in d)
del d["a"]
print(d)
print(dict(zip("xy", [1, 2])), dict([("k", "v")]))
