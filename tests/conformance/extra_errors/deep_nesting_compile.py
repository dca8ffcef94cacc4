# Source nested too deeply to compile: RecursionError without a place (it
# is not a SyntaxError), or CPython's parenthesis limit.
sources = [
    "-" * 5000 + "1",
    "not " * 5000 + "x",
    "1" + "+1" * 5000,
    "(" * 1000 + ")" * 1000,
    "[" * 1000 + "]" * 1000,
]
for src in sources:
    for mode, run in [("eval", eval), ("exec", exec)]:
        try:
            run(src)
            print(mode, "ran")
        except (SyntaxError, RecursionError) as e:
            print(mode, type(e).__name__, e, isinstance(e, SyntaxError) or e.args)
print(eval("-" * 50 + "1"))
