# What a dict iterator does when the dict changes under it.
def attempt(label, fn):
    try:
        print(label, fn())
    except RuntimeError as exc:
        print(label, "RuntimeError:", exc)


def grow():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0
    return d


def shrink():
    d = {1: 1, 2: 2, 3: 3}
    for k in d:
        del d[k]
    return d


def replace_values():
    d = dict.fromkeys(range(6), 0)
    for k in d:
        d[k] = k * 2
    return d


def swap_keys_big():
    d = {i: i for i in range(12)}
    seen = []
    for k in d:
        seen.append(k)
        del d[k]
        d[k + 100] = 0
    return seen


def items_view():
    d = {"x": 1, "y": 2}
    for k, v in d.items():
        d.pop(k)
    return d


def values_view():
    d = {"x": 1}
    for v in d.values():
        d["y"] = 2
    return d


attempt("grow", grow)
attempt("shrink", shrink)
attempt("replace_values", replace_values)
attempt("swap_keys_big", swap_keys_big)
attempt("items_view", items_view)
attempt("values_view", values_view)

# The size error repeats; an exhausted iterator stays exhausted.
d = {1: 1}
it = iter(d)
d[2] = 2
for _ in range(2):
    try:
        next(it)
    except RuntimeError as exc:
        print("again:", exc)
d = {1: 1}
it = iter(d)
print(list(it))
d[2] = 2
print(next(it, "exhausted"))

# Deleting a key and putting it back during iteration.
d = {"p": 1, "q": 2, "r": 3}
out = []
for k in d:
    out.append(k)
    if k == "p":
        v = d.pop("q")
        d["q"] = v
print(out, list(d))
