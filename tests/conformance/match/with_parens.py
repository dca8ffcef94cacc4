import contextlib

@contextlib.contextmanager
def cm(name):
    print("enter", name)
    try:
        yield name.upper()
    finally:
        print("exit", name)

with (cm("a") as a, cm("b") as b):
    print("body", a, b)
with (cm("a"), cm("b")):
    print("body without targets")
with (cm("a") as a, cm("b") as b,):
    print("trailing comma", a, b)
with (
    cm("x") as x,
    cm("y"),
    cm("z") as z,
):
    print("multi-line", x, z)
with (cm("p")) as p:
    print("parenthesised expression", p)
with (cm("q")) as q, (cm("r")) as r:
    print("two parenthesised", q, r)
with (cm("s")), cm("t") as t:
    print("group then plain", t)
with (cm("uv") as (u, v)):
    print("tuple target", u, v)
with (cm("a"), cm("b")) if False else cm("c") as c:
    print("conditional", c)
# A parenthesised tuple with a starred item stays one expression.
try:
    with (cm("a"), *[cm("b")]):
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__)
# `with` as the first name in a parenthesised call.
with (cm)("call") as w:
    print(w)
