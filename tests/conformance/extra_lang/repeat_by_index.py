# Sequences repeated by an object with __index__ (as operator.index would
# give), on either side, in place for a list.
class N:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


L = [1, 2]
alias = L
L *= N(2)
print(L, alias is L)
print([0] * N(3), N(2) * (1,), "ab" * N(2), N(3) * b"x", [1] * N(0), "z" * N(-1))
t = (1,)
t *= N(2)
print(t)
s = "q"
s *= N(3)
print(s)


class Bad:
    def __index__(self):
        return "no"


for expr in ("[1] * Bad()", "'a' * object()", "Bad() * (1,)"):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)

# The same error wherever an index is converted.
for expr in ("[1, 2][Bad()]", "[1, 2][Bad():]", "'ab'[Bad()]", "range(Bad())"):
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
