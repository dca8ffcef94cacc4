# The methods str and bytes share: same results, type-specific errors.

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

for s in ["héllo wörld", b"hello world"]:
    e = s[:0]
    o = s[4:5]     # one unit
    l = s[2:3]
    attempt("find", lambda: (s.find(l), s.rfind(l), s.find(l, 3), s.find(l, -3), s.find(e), s.rfind(e), s.find(e, 20)))
    attempt("index", lambda: (s.index(o), s.rindex(l), s.count(l), s.count(e), s.count(l, 3, 4)))
    attempt("index missing", lambda: s.index(s[:1] * 3))
    attempt("rindex missing", lambda: s.rindex(s[:1] * 3, 1))
    attempt("affix", lambda: (s.startswith(s[:2]), s.endswith(s[-3:]), s.startswith((e + l, s[:1])), s.endswith(s[-1:], 0, 5), s.startswith(s[1:3], 1)))
    attempt("remove", lambda: (s.removeprefix(s[:3]), s.removesuffix(s[-2:]), s.removeprefix(l), s.removesuffix(e)))
    sp = s[5:6]
    attempt("split", lambda: (s.split(), s.split(l), s.split(l, 1), s.rsplit(l, 1), s.rsplit(), s.split(maxsplit=0)))
    ws = sp + sp + s + sp
    attempt("ws split", lambda: (ws.split(None, 1), ws.rsplit(None, 1), ws.split(), ws.rsplit(maxsplit=2)))
    attempt("partition", lambda: (s.partition(l), s.rpartition(l), s.partition(s[:1] * 3), s.rpartition(s[:1] * 3)))
    attempt("strip", lambda: (ws.strip(), ws.lstrip(), ws.rstrip(), s.strip(s[:1] + s[-1:]), s.lstrip(s[:2]), s.rstrip(s[-3:])))
    attempt("replace", lambda: (s.replace(l, o), s.replace(l, e, 1), s.replace(e, sp), s.replace(e, sp, 2), s.replace(s[:1] * 3, o)))
    attempt("pad", lambda: (s.center(15), s.center(16, o), s.ljust(14, l), s.rjust(13), s.zfill(13), s.center(2)))
    attempt("join", lambda: (o.join([s[:2], s[3:5], e]), e.join([]), sp.join((s,))))
    nl = s[:3] + (b"\n" if isinstance(s, bytes) else "\n") + s[3:6]
    tab = (b"\t" if isinstance(s, bytes) else "\t").join([s[:1], s[:3], s[:6]])
    attempt("lines", lambda: (nl.splitlines(), nl.splitlines(True), (nl * 2).splitlines(keepends=True)))
    attempt("tabs", lambda: (tab.expandtabs(), tab.expandtabs(4), tab.expandtabs(0), tab.expandtabs(tabsize=2)))

# Errors worded per type.
for label, f in [
    ("str find int", lambda: "abc".find(1)),
    ("bytes find str", lambda: b"abc".find("x")),
    ("bytes find int", lambda: (b"abc".find(98), b"abc".count(98), b"abc".rfind(99))),
    ("bytes find big", lambda: b"abc".find(300)),
    ("str startswith", lambda: "abc".startswith(1)),
    ("bytes startswith", lambda: b"abc".startswith(1)),
    ("str tuple item", lambda: "abc".startswith(("a", 1))),
    ("bytes tuple item", lambda: b"abc".endswith((b"c", 1))),
    ("str split sep", lambda: "abc".split(1)),
    ("bytes split sep", lambda: b"abc".split("b")),
    ("empty sep", lambda: "abc".split("")),
    ("empty sep b", lambda: b"abc".rsplit(b"")),
    ("str strip", lambda: "abc".lstrip(1)),
    ("bytes strip", lambda: b"abc".strip("a")),
    ("str replace", lambda: "abc".replace("a", 2)),
    ("bytes replace", lambda: b"abc".replace(b"a", "b")),
    ("str partition", lambda: "abc".partition(1)),
    ("bytes partition", lambda: b"abc".rpartition("b")),
    ("partition empty", lambda: b"abc".partition(b"")),
    ("str removeprefix", lambda: "abc".removeprefix(1)),
    ("bytes removesuffix", lambda: b"abc".removesuffix("c")),
    ("str fill", lambda: "abc".center(9, "ab")),
    ("str fill type", lambda: "abc".ljust(9, 1)),
    ("bytes fill", lambda: b"abc".center(9, b"ab")),
    ("bytes fill type", lambda: b"abc".rjust(9, "a")),
    ("join str", lambda: "-".join(["a", b"b"])),
    ("join bytes", lambda: b"-".join([b"a", "b"])),
    ("join not iterable", lambda: b"-".join(5)),
    ("arity", lambda: b"abc".find()),
    ("arity partition", lambda: b"abc".partition()),
    ("arity strip", lambda: "abc".strip(1, 2)),
    ("keywords", lambda: b"abc".find(sub=b"a")),
    ("descriptor", lambda: bytes.find("abc", b"a")),
    ("descriptor str", lambda: str.split(b"a b")),
    ("slice index", lambda: b"abc".find(b"a", "x")),
]:
    attempt(label, f)

# The ASCII-only case maps and predicates of bytes.
for b in [b"hello World", b"they're bill's", b"ABC", b"abc1", b"", b"\xe9t\xc9", b"Ab Cd", b"  \t"]:
    print(b, b.upper(), b.lower(), b.title(), b.capitalize(), b.swapcase(),
          b.isalpha(), b.isalnum(), b.isdigit(), b.isspace(), b.isupper(), b.islower(), b.istitle(), b.isascii())

# Unchanged results are the receiver itself, as in CPython.
s, b = "abc", b"abc"
print(s.strip() is s, b.strip() is b, s.replace("x", "y") is s, b.replace(b"x", b"y") is b,
      s.center(2) is s, b.ljust(3) is b, s.removeprefix("x") is s, b.removesuffix(b"") is b)
