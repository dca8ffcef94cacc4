d = {"a": 1}
print(d.get("k"))
try:
    d["missing"]
except KeyError as e:
    print("caught:", e)
print(d["k"])
