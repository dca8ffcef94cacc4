# yield in assignment, deletion, loop and slice positions of a generator:
# the value first, then each target's object and index, left to right.
log = []
class O:
    pass
o = O()
def gen():
    d = {}
    lst = list(range(10))
    d[(yield "k?")] = (yield "v?")
    (yield "o?").x = yield "x?"
    print(lst[(yield "lo?"):(yield "hi?")])
    d[(yield "k2?")] += yield "inc?"
    a, (yield "t?").y = (yield "pair?")
    del d[(yield "del?")]
    for (yield "loop?").z in range(2):
        pass
    print(d, vars(o))
    assert (yield "assert?"), (yield "msg?")
g = gen()
answers = iter([1, "k", 2, o, 2, 5, "k", 10, (7, 8), o, "k", o, o, 1])
print(next(g))
try:
    while True:
        print(g.send(next(answers)))
except StopIteration:
    print("done")
