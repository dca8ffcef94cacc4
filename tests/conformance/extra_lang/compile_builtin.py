# compile(): SyntaxErrors as CPython words them (with file and line), code
# objects that exec and eval run; exec/eval errors name <string>.
for src, mode in [("async def f():\n    yield from x\n", "exec"), ("x = )", "exec"), ("def f():\n    await x\n", "exec"),
                  ("1 +", "eval"), ("return 5", "exec"), ("x = 1\nprint(x + 1)\n", "exec"), ("2 * 21", "eval")]:
    try:
        c = compile(src, "<test>", mode)
        print("ok", type(c).__name__, c.co_filename)
        if mode == "eval":
            print(eval(c))
        else:
            exec(c)
    except SyntaxError as e:
        print("SyntaxError:", e)
try:
    compile("x", "f", "bogus")
except ValueError as e:
    print(e)
try:
    exec("x = (")
except SyntaxError as e:
    print("SyntaxError:", e)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError:", e)
print(eval(compile("y = 5\nprint(y)", "<s>", "exec")))
