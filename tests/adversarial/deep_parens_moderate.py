# Nesting below the parser's limit still works; just above it is a clean error.
for depth in [50, 199, 200, 201, 1000]:
    src = "(" * depth + "1" + ")" * depth
    try:
        print(depth, eval(src))
    except SyntaxError as e:
        print(depth, "SyntaxError", e.msg)
    except (RecursionError, MemoryError) as e:
        print(depth, type(e).__name__, e)
