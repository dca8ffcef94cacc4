# Complex literal patterns (real +/- imaginary, negated imaginary) and the
# compile-time errors for malformed ones.
def kind(z):
    match z:
        case 0j:
            return "zero"
        case 1j:
            return "i"
        case -1j:
            return "minus i"
        case 1 + 2j:
            return "1+2j"
        case -1.5 - 0.5j:
            return "-1.5-0.5j"
        case {"re": 3 + 4j}:
            return "mapping value 3+4j"
        case [1j, *rest]:
            return f"sequence starting with i, then {rest}"
        case _:
            return f"other {z!r}"


for z in (0, 0j, 1j, complex(0, -1), 1 + 2j, -1.5 - 0.5j, {"re": 3 + 4j},
          [1j, 2, 3], 2, "1j"):
    print(repr(z), "->", kind(z))

for src in ("match x:\n case 1j + 2: pass",
            "match x:\n case 1 + 2: pass",
            "match x:\n case 1j + 2j: pass",
            "match x:\n case -1 - 2j: pass"):
    try:
        compile(src, "<case>", "exec")
        print("compiles:", src.split("case ")[1])
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno, e.offset)
