# Where `match` and `case` are keywords: only a line starting with `match`
# and ending with `:` heads a match statement, and `case` starts a clause
# only directly inside one.
match = [1, 2]
case = {"case": "value"}

match (match):  # a comment after the header
    # a comment line between header and first case

    case [1, 2]:   # comment
        case = "inside body"
        if case:
            case = case.upper()
        print(case)

    # comment between cases
    case _:
        pass

match match[
    0
]:
    case 1:
        print("multi-line subject")

match \
    match:
    case [_, 2]:
        print("backslash continuation")

def f(match, case):
    match match:
        case 1:
            match case:
                case 2:
                    return "nested"
                case _:
                    return "inner fallthrough"
        case _:
            return "outer"
print(f(1, 2), f(1, 3), f(0, 0))

match = lambda x: x
print(match(5))
match (lambda: 1)():
    case 1:
        print("call result")
match -1:
    case -1:
        print("unary minus subject")
match [1]:
    case [1]:
        print("list display subject")
match {1: 2}:
    case {1: 2}:
        print("dict display subject")
match not False:
    case True:
        print("not subject")
match 1 if True else 2:
    case 1:
        print("conditional subject")
match.__name__
print(match.__name__)

class match:
    case = "attr"
print(match.case)
for case in range(2):
    print("case loop", case)
_ = "underscore"
match _:
    case "underscore":
        print("underscore is a name in the subject")
case: int = 4
print(case)
if True: match = 3
print(match)
