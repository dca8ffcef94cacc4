print(eval("2 + 3 * 4"), eval(" [x * x for x in range(4)]"))
x = 10
print(eval("x + 1"), eval("x * y", {"x": 2, "y": 5}), eval("a + b", {}, {"a": 1, "b": 2}))
def f(n):
    return eval("n * 2 + x")
print(f(4))
ns = {}
exec("def sq(v):\n    return v * v\nresult = sq(7)", ns)
print(ns["result"], ns["sq"](3))
exec("z = 99")
print(z)
for expr in ["1 +", "2 ** 10", "len('abc')", "10 / 0"]:
    try:
        print(expr, "=", eval(expr))
    except SyntaxError:
        print(expr, "-> SyntaxError")
    except ZeroDivisionError as e:
        print(expr, "->", e)
