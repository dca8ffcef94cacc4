# Builtins and builtin methods called with plain positional arguments take
# a shortcut in Pyroclast; every other shape (keywords, bounds, wrong types,
# subclasses, too many or too few arguments) must behave as the full call.
class S(str):
    pass


class L(list):
    def append(self, x):
        super().append(x * 2)


class D(dict):
    def get(self, k, d=None):
        return ("D.get", k, d)


def attempt(f):
    try:
        r = f()
    except Exception as e:
        r = f"{type(e).__name__}: {e}"
    print(repr(r))


s = "  a,b,,c  "
for call in [
    lambda: len(s), lambda: len([1, 2]), lambda: len({}), lambda: len(range(5)),
    lambda: len(5), lambda: len(), lambda: len(s, s),
    lambda: isinstance(1, int), lambda: isinstance(True, (str, int)),
    lambda: isinstance(1, "int"), lambda: isinstance(1), lambda: isinstance(1, int, int),
    lambda: s.strip(), lambda: s.lstrip(), lambda: s.rstrip(), lambda: s.strip(" a"),
    lambda: S(" x ").strip(), lambda: type(S(" x ").strip()).__name__,
    lambda: type(S("x").strip()).__name__, lambda: s.strip(1),
    lambda: s.split(), lambda: s.split(","), lambda: s.rsplit(","), lambda: s.split(",", 1),
    lambda: s.split(""), lambda: s.split(sep=","), lambda: s.split(None), lambda: s.split(1),
    lambda: s.startswith(" "), lambda: s.startswith(("x", " ")), lambda: s.startswith("a", 2),
    lambda: s.endswith(" "), lambda: s.endswith(1), lambda: s.startswith(),
    lambda: s.find(","), lambda: s.find("z"), lambda: s.find(",", 4), lambda: s.find(1),
    lambda: "aaa".count("a"), lambda: "aaa".count(""), lambda: "aaa".count("a", 1),
    lambda: s.replace(",", ";"), lambda: s.replace(",", ";", 1), lambda: s.replace(1, 2),
    lambda: "ab".replace("", "-"),
    lambda: ",".join(["a", "b"]), lambda: ",".join("xyz"), lambda: ",".join([1]),
    lambda: ",".join(5), lambda: S("+").join(["a", "b"]), lambda: ",".join(),
    lambda: b"a,b".split(b","), lambda: b" a ".strip(), lambda: b"abc".find(98),
    lambda: b"abc".find(b"c"), lambda: b"a-b".replace(b"-", b"+"), lambda: b",".join([b"x", b"y"]),
    lambda: b"abc".startswith("a"), lambda: str.strip("  q "), lambda: str.strip(5),
    lambda: {"k": 1}.get("k"), lambda: {"k": 1}.get("z"), lambda: {"k": 1}.get("z", 0),
    lambda: {"k": 1}.get(), lambda: {"k": 1}.get([]), lambda: D().get("k"),
    lambda: dict.get({"a": 2}, "a"), lambda: {}.get("a", 1, 2),
]:
    attempt(call)

x = []
x.append(1)
x.append(x[0] + 1)
attempt(lambda: x.append())
attempt(lambda: x.append(1, 2))
attempt(lambda: list.append(x, 3))
attempt(lambda: list.append("no", 3))
print(x)
y = L()
y.append(5)
print(y)
f = len
print(f("four"), list(map(len, ["a", "bb"])), sorted(["bb", "a"], key=len))

# Case changes and predicates, and list.pop.
for call in [
    lambda: "straße".upper(), lambda: "ǅx".lower(), lambda: "hello world".title(), lambda: "ǆa".capitalize(),
    lambda: "aBc".swapcase(), lambda: "Straße".casefold(), lambda: "١٢".isdigit(), lambda: "½".isnumeric(),
    lambda: "½".isdecimal(), lambda: "".isalpha(), lambda: "a1".isalnum(), lambda: " \t".isspace(),
    lambda: "é".isascii(), lambda: "a\x00".isprintable(), lambda: "_a1".isidentifier(), lambda: "ǅ".istitle(),
    lambda: "A1".isupper(), lambda: "a1".islower(), lambda: S("x").upper(), lambda: type(S("x").upper()).__name__,
    lambda: str.upper(5), lambda: "a".upper(1), lambda: str.isdigit("7"), lambda: [1, 2].pop(), lambda: [].pop(),
    lambda: [1, 2].pop(0), lambda: [1].pop(5), lambda: list.pop("x"), lambda: L([1]).pop(),
]:
    attempt(call)
