# json and the recursion limit: deep documents and values fail with
# CPython's RecursionError messages at the same depths.
import json


def nested_list(n):
    x = []
    for _ in range(n):
        x = [x]
    return x


def nested_dict(n):
    x = {}
    for _ in range(n):
        x = {"k": x}
    return x


def attempt(label, f):
    try:
        r = f()
        print(label, "ok", len(r) if isinstance(r, str) else type(r).__name__)
    except RecursionError as e:
        print(label, "RecursionError:", e)


for n in [100, 994, 995, 996, 100000]:
    attempt(f"loads list {n}", lambda: json.loads("[" * n + "]" * n))
    attempt(f"loads dict {n}", lambda: json.loads('{"a":' * n + "0" + "}" * n))
for n in [100, 994, 995, 996, 50000]:
    attempt(f"dumps list {n}", lambda: json.dumps(nested_list(n)))
    attempt(f"dumps dict {n}", lambda: json.dumps(nested_dict(n)))
    attempt(f"indent list {n}", lambda: json.dumps(nested_list(n), indent=1))
    attempt(f"indent dict {n}", lambda: json.dumps(nested_dict(n), indent=1))

# Unclosed deep documents fail on the recursion limit before the syntax.
attempt("unclosed", lambda: json.loads("[" * 100000))


# A default that never converges recurses until the limit.
class Endless(json.JSONEncoder):
    def default(self, o):
        return [o]


attempt("endless", lambda: Endless(check_circular=False).encode(object()))
try:
    Endless().encode(object())
except ValueError as e:
    print("checked:", e)
