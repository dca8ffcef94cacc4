# 100,000 chained unary operators.
for op in ["-", "+", "~", "not "]:
    src = op * 100_000 + "1"
    try:
        print(repr(op), eval(src))
    except SyntaxError as e:
        print(repr(op), "SyntaxError", e.msg)
    except (RecursionError, MemoryError) as e:
        print(repr(op), type(e).__name__, e)
