d = {"a": 1}
print(d.get("k"))
print(d["k"])
