# A name that resolves to a builtin at one site must see a module global of
# the same name as soon as it exists, and the builtin again once it is gone,
# however the module's namespace changes (the evaluator caches where each
# site last found its name).
import builtins


def size(x):
    return len(x)


def show(tag):
    print(tag, size([1, 2, 3]))


show("builtin")
len = lambda x: "shadowed"
show("global")
del len
show("builtin again")
globals()["len"] = lambda x: "via globals()"
show("globals() store")
globals().pop("len")
show("after pop")

# Many new globals move the namespace's entries: the cached index of a
# global must still find its own name.
counter = 0


def bump():
    global counter
    counter += 1
    return counter


for i in range(3):
    bump()
for n in range(40):
    globals()[f"g{n}"] = n
print(bump(), g39)
for n in range(0, 40, 2):
    del globals()[f"g{n}"]
print(bump(), g39, "g0" in globals())

# Changing the builtins module itself.
original = builtins.abs
builtins.abs = lambda x: "patched abs"
print(abs(-3))
builtins.abs = original
print(abs(-3))
del builtins.abs
try:
    abs(-3)
except NameError as e:
    print("NameError:", e)
builtins.abs = original
print(abs(-4))


# A site inside a loop switching between global and builtin each turn.
def pick():
    return max


for turn in range(4):
    if turn % 2:
        max = lambda *a: "mine"
    elif "max" in globals():
        del max
    print(turn, pick()(1, 2))


# exec in the module's own namespace defines module globals.
exec("def f(): return sorted([3, 1, 2])", globals())
print(f())
sorted = lambda x: "module sorted"
print(f())
del sorted
print(f())
