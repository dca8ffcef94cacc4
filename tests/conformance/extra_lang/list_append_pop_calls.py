# list.append and list.pop in every calling form: bound, unbound, on a
# subclass, with wrong arguments (the errors are CPython's).
L = []
L.append(1)
list.append(L, 2)
app = L.append
app(3)
print(L, L.pop(), list.pop(L), L)


class MyList(list):
    pass


m = MyList([5])
m.append(6)
list.append(m, 7)
print(m, m.pop(), type(m).__name__)

for expr in ("L.append()", "L.append(1, 2)", "L.append(x=1)", "list.append(3, 4)",
             "[].pop()", "L.pop(5)", "L.pop(1, 2)", "list.pop(())", "L.pop(x=1)"):
    try:
        print(expr, "->", eval(expr))
    except (TypeError, IndexError) as e:
        print(expr, "->", type(e).__name__, e)
print(L)
