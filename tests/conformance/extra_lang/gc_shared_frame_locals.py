# Two exceptions caught in one frame share its variables: an object those
# variables hold that is also held elsewhere survives a collection.
import gc
class Obj:
    pass
keep = None
def f():
    global keep
    x = Obj()
    x.data = [1, 2, 3]
    keep = x
    try:
        raise KeyError
    except KeyError as e:
        e1 = e
    try:
        raise ValueError
    except ValueError as e:
        e2 = e
    return
f()
gc.collect()
print(keep.__dict__)
