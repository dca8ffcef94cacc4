# The value of an if/while test or a case guard is released before the
# branch runs: a temporary's __del__ runs before the branch's first
# statement, not after it.


class Temp:
    def __init__(self, name, truth=True):
        self.name = name
        self.truth = truth

    def __bool__(self):
        return self.truth

    def __del__(self):
        print("del", self.name)


if Temp("if-true"):
    print("if body, first")
    print("if body, second")

if Temp("if-false", False):
    print("not printed")
else:
    print("else body")

if Temp("first test", False):
    print("not printed")
elif Temp("elif test"):
    print("elif body")

if not Temp("negated", False):
    print("after not")

n = 0
while Temp(f"while test {n}") and n < 2:
    print("loop body", n)
    n += 1
print("after loop")

for value in [1, 2]:
    match value:
        case 1 if Temp("guard for 1"):
            print("case one")
        case _ if Temp("guard for other", value == 2):
            print("case other")


def in_function():
    if Temp("in function"):
        print("function body")
    return "done"


print(in_function())

x = "yes" if Temp("ternary") else "no"
print("ternary gave", x)
kept = [v for v in range(3) if Temp(f"filter {v}", v != 1)]
print("kept", kept)
