# Generator expressions driven item by item: re-entry, gi_running,
# StopIteration inside the expression, tracebacks, the collector, and
# finalizers of temporaries, through next(), for, sum() and list().
import gc
import sys
import traceback


# next() of the expression from inside itself.
holder = []
g = (next(holder[0]) if i == 1 else i for i in range(3))
holder.append(g)
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError", e)
print(list(g))

# gi_running, seen from inside.
state = []
g = (state.append(g.gi_running) or i for i in range(2))
print(list(g), state, g.gi_running)

# StopIteration raised in the element becomes RuntimeError (PEP 479).
def stopper(i):
    if i == 2:
        raise StopIteration("early")
    return i


g = (stopper(i) for i in range(4))
try:
    print(sum(g))
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__, e.__cause__)
print(next(g, "done"))

# The traceback names the expression's frame.
def fails(n):
    return 10 // (n - 3)


try:
    total = sum(fails(k) for k in range(5))
except ZeroDivisionError:
    names = [fs.name for fs in traceback.extract_tb(sys.exc_info()[2])]
    print(names)

# A condition raising.
try:
    print([x for x in (y for y in range(5) if 1 / (y - 2))])
except ZeroDivisionError as e:
    print("cond", e)

# Temporaries finalized while the expression runs.
class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


print(list(Noisy(i).n * 10 for i in range(3)))

# A suspended expression whose variable refers back to it: a cycle the
# collector frees.
class Box:
    pass


def cyclic():
    b = Box()
    b.g = (b for _ in range(3))
    next(b.g)
    return Box


gc.collect()
cyclic()
print(gc.collect() > 0)

# Deep recursion through generator expressions.
def depth(n):
    return 0 if n == 0 else 1 + sum(depth(n - 1) for _ in range(1))


print(depth(200))

# Throw into one that has not started, and close after it finished.
g = (i for i in range(3))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
print(list(g))
g = (i for i in range(2))
print(list(g))
g.close()
print(next(g, "closed"))

# Many live at once, interleaved.
gens = [(i * k for i in range(3)) for k in range(4)]
print([next(g) for g in gens], [next(g) for g in gens], [list(g) for g in gens])
