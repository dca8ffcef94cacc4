# `d["key"]` at one site over many dicts: records of one shape, records
# whose keys come in another order, a key deleted and put back, a key
# made at run time (equal text, another object), a missing key, a dict
# subclass with __missing__, values replaced between reads.
def read_all(rows, key):
    out = []
    for r in rows:
        try:
            out.append(r[key] if key != "qty" else r["qty"])
        except KeyError as e:
            out.append(("KeyError", e.args))
    return out


def qty_site(rows):
    return [r["qty"] for r in rows]


same = [{"id": i, "qty": i * 2, "city": "Oslo"} for i in range(4)]
other_order = [{"qty": 7, "id": 1}, {"city": "Lima", "qty": 8}, {"qty": 9}]
print(qty_site(same), qty_site(other_order), qty_site(same))

d = {"id": 1, "qty": 5, "kind": "book"}
print(qty_site([d]))
del d["qty"]
try:
    qty_site([d])
except KeyError as e:
    print("KeyError", e)
d["qty"] = 6
print(qty_site([d]), list(d))

made = "".join(["q", "t", "y"])
e = {made: 11, "id": 3}
print(qty_site([e, same[1], e]))


class Defaulting(dict):
    def __missing__(self, key):
        return "missing " + key


print(qty_site([Defaulting(id=1), Defaulting(qty=4)]))

rows = [{"a": 1, "qty": 2}, {"a": 3, "qty": 4}]
for r in rows:
    r["qty"] += 10
print(qty_site(rows))
rows[0]["qty"] = "replaced"
print(qty_site(rows))

# The site also sees non-dicts and dicts with non-str keys.
mixed = [{"qty": 1}, {1: "one", "qty": 2}, {("qty",): 3, "qty": 4}]
print(qty_site(mixed))
try:
    qty_site([{"qty": 1}, ["not", "a", "dict"]])
except TypeError as e:
    print("TypeError", e)


def other_key(rows):
    return [r["city"] for r in rows]


print(other_key(same), other_key([{"city": "Pune"}, {"x": 1, "city": "Kobe"}]))
try:
    other_key([{"id": 1}])
except KeyError as e:
    print("KeyError", repr(e))

# Many keys (beyond any small-dict limit) and updates through dict methods.
wide = {f"k{i}": i for i in range(40)}
wide["qty"] = "wide"
print(qty_site([wide, same[2]]))
wide.pop("qty")
wide.update(qty="updated")
print(qty_site([wide]))
wide.clear()
try:
    qty_site([wide])
except KeyError as e:
    print("KeyError", e)
