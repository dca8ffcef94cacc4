# Dicts holding only atoms are left out of the cycle collector (as CPython
# leaves them untracked) until a container is stored in them, by any path:
# every cycle below goes through such a dict and must still be collected.
import gc
from collections import OrderedDict, Counter, defaultdict


class Node:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


def check(label, make):
    make()
    found = gc.collect()
    print(label, found > 0)


gc.disable()


def by_setitem():
    d = {"a": 1, "b": "x"}
    n = Node("setitem")
    d["n"] = n
    n.d = d


def by_update():
    d = {}
    n = Node("update")
    d.update({"k": n}, other=2)
    n.d = d


def by_setdefault():
    d = dict(a=1)
    n = Node("setdefault")
    d.setdefault("n", [n])
    n.d = d


def by_key():
    d = {1: 2}
    n = Node("frozenset key")
    d[frozenset([n])] = 3
    n.d = d


def by_comprehension():
    n = Node("comprehension")
    d = {i: (n if i == 3 else i) for i in range(5)}
    n.d = d


def by_fromkeys():
    n = Node("fromkeys")
    d = dict.fromkeys("ab")
    d["a"] = n
    n.d = d


def by_copy():
    n = Node("copy")
    d = {"x": 1}.copy()
    d["n"] = n
    n.d = d


def by_ordered_move():
    n = Node("OrderedDict.move_to_end")
    d = OrderedDict(a=1, b=2)
    d["n"] = n
    d.move_to_end("n", last=False)
    n.d = d


def by_ordered_copy():
    n = Node("OrderedDict.copy")
    d = OrderedDict(a=1).copy()
    d["n"] = n
    n.d = d


def by_counter_copy():
    n = Node("Counter.copy")
    d = Counter("abc").copy()
    d["n"] = n
    n.d = d


def by_defaultdict():
    n = Node("defaultdict")
    d = defaultdict(list)
    d["k"].append(n)
    n.d = d


def self_cycle():
    d = {"a": 1}
    d["self"] = d


def nested_dicts():
    outer = {"a": 1}
    inner = {"b": 2}
    n = Node("nested")
    outer["inner"] = inner
    inner["n"] = n
    n.outer = outer


def by_vars():
    n = Node("instance dict")
    vars(n)["me"] = n


for label, make in [
    ("setitem", by_setitem),
    ("update", by_update),
    ("setdefault", by_setdefault),
    ("key", by_key),
    ("comprehension", by_comprehension),
    ("fromkeys", by_fromkeys),
    ("copy", by_copy),
    ("move_to_end", by_ordered_move),
    ("od copy", by_ordered_copy),
    ("counter copy", by_counter_copy),
    ("defaultdict", by_defaultdict),
    ("self", self_cycle),
    ("nested", nested_dicts),
    ("vars", by_vars),
]:
    check(label, make)

# Atom-only dicts are still dicts: nothing else changes.
records = [{"id": i, "name": f"r{i}", "ok": i % 2 == 0} for i in range(1000)]
print(sum(r["id"] for r in records if r["ok"]), gc.collect())
gc.enable()
