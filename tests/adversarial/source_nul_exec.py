# NUL in source given to exec/eval/compile.
for f in (lambda s: exec(s), lambda s: eval(s), lambda s: compile(s, "x", "exec")):
    for src in ("a = 1\0", b"1\0"):
        try:
            f(src)
        except SyntaxError as e:
            print(type(e).__name__, e.args, e.lineno)
