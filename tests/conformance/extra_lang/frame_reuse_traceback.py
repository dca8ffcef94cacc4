# A function's frames are reused across calls; a frame that a traceback
# names keeps that call's locals alive for as long as the traceback, and
# later calls of the function neither see nor free them.
import traceback


class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def f(n, deep=False):
    obj = Noisy(n) if not deep or n == 0 else None
    if deep and n > 0:
        return f(n - 1, deep)
    raise ValueError(n)


def ok(n):
    obj = Noisy(100 + n)
    return n


errs = []
for i in range(5):
    try:
        f(i, deep=i % 2 == 0)
    except ValueError as e:
        errs.append(e)
    ok(i)
    print("after ok", i)
print("calls done")
for e in errs:
    print(e, [fs.lineno for fs in traceback.extract_tb(e.__traceback__)])
e = None
while errs:
    gone = errs.pop(len(errs) // 2)
    gone = None
    print("left", len(errs))


def g(n):
    local = Noisy(200 + n)
    try:
        raise KeyError(n)
    except KeyError as exc:
        return exc


kept = [g(i) for i in range(3)]
print("kept", [x.args[0] for x in kept], [x.__traceback__.tb_lineno for x in kept])
while kept:
    kept.pop()
    print("popped")
print("end")
