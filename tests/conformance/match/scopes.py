# Names bound by patterns are ordinary local variables of the scope.
def closures(v):
    match v:
        case [a, *rest] if rest:
            return lambda: (a, rest)
        case {"k": k}:
            def inner():
                return k * 2
            return inner
    return None

print(closures([1, 2, 3])())
print(closures({"k": 21})())
print(closures([1]))

def capture_then_read():
    match 5:
        case n:
            pass
    return n
print(capture_then_read())

def unbound():
    match 0:
        case 1 as one:
            pass
    try:
        return one
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
print(unbound())

counter = 0
def bump(v):
    global counter
    match v:
        case int(counter):
            pass
bump(41)
print("global", counter)

def outer():
    total = 0
    def add(v):
        nonlocal total
        match v:
            case [total, *_]:
                pass
    add([10, 20])
    return total
print("nonlocal", outer())

class K:
    match [1, 2]:
        case [x, y]:
            z = x + y
print("class body", K.x, K.y, K.z)

# Comprehension scopes see the enclosing captured names.
match [3, 4]:
    case [p, q]:
        print([p * i for i in range(q)])

# Private name mangling applies to captures inside classes.
class M:
    def f(self, v):
        match v:
            case (__a, __b):
                return locals()
print(sorted(M().f((1, 2))))

# A star capture in a function is a local list.
def star(v):
    match v:
        case (*init, last):
            init.append("x")
            return init, last
print(star((1, 2, 3)))

# The walrus in a guard binds in the function scope.
def guard(v):
    match v:
        case int() if (doubled := v * 2) > 5:
            return doubled
    return doubled
print(guard(3), guard(1))
