# Calls reuse the frames of finished calls: nothing of one call may be
# seen by the next.


def maybe(flag):
    if flag:
        y = 1
    return y


print(maybe(True))
try:
    maybe(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(maybe(True))


def snapshot(flag, a=1):
    if flag:
        extra = "set"
    return sorted(locals().items())


print(snapshot(True))
print(snapshot(False))
print(snapshot(False, a=2))


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def holds(name):
    n = Noisy(name)
    return len(n.name)


r = holds("a")
print("after a", r)
r = holds("bb")
print("after bb", r)


def depth(n, tag):
    keep = Noisy(f"{tag}{n}") if n % 3 == 0 else None
    if n == 0:
        return 0
    return 1 + depth(n - 1, tag)


r = depth(7, "d")
print(r)
r = depth(7, "e")
print(r)


def add(a, b):
    return a + b


print(add(add(1, 2), add(add(3, 4), 5)))
try:
    add(1, undefined_name)
except NameError as e:
    print("NameError:", e)
try:
    add(1)
except TypeError as e:
    print("TypeError:", e)
try:
    add(1, 2, c=3)
except TypeError as e:
    print("TypeError:", e)
print(add(b=10, a=5))


def fails(x):
    y = x * 2
    raise ValueError(y)


for i in range(3):
    try:
        fails(i)
    except ValueError as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        print("caught", e, tb.tb_frame.f_code.co_name, tb.tb_lineno)


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print([fib(i) for i in range(15)])
print(sum(map(add, range(10), range(10))))


def gen_user(n):
    return [add(i, i) for i in range(n)]


print(gen_user(4), gen_user(2))
