# 100,000 nested brackets of each kind, built at run time and compiled.
for open_, close in ["()", "[]", "{}"]:
    src = open_ * 100_000 + close * 100_000
    try:
        compile(src, "<deep>", "eval")
    except SyntaxError as e:
        print(open_, type(e).__name__, e.msg)
    except (RecursionError, MemoryError) as e:
        print(open_, type(e).__name__, e)
