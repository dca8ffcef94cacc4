# sys.unraisablehook receives exceptions that cannot propagate (__del__,
# weakref callbacks, the unawaited-coroutine warning turned into an error);
# sys.__unraisablehook__ prints CPython's report on sys.stderr.
import sys, warnings, io, gc
seen = []
def hook(u):
    seen.append((u.exc_type.__name__, str(u.exc_value), u.err_msg, type(u.object).__name__))
sys.unraisablehook = hook
async def func(): pass
with warnings.catch_warnings():
    warnings.filterwarnings("error")
    coro = func()
    coro_repr = repr(coro)
    coro = None
    gc.collect()
print(seen)
class A:
    def __del__(self):
        raise ValueError("in del")
a = A()
del a
print(seen[-1])
import weakref
class B: pass
b = B()
r = weakref.ref(b, lambda ref: 1/0)
del b
print(seen[-1])
sys.unraisablehook = sys.__unraisablehook__
sys.stderr = io.StringIO()
class C:
    def __del__(self):
        raise KeyError("k")
c = C()
del c
out = sys.stderr.getvalue()
sys.stderr = sys.__stderr__
print(out.splitlines()[0].split(" at ")[0], out.splitlines()[-1])
import warnings, gc
seen2 = []
sys.unraisablehook = lambda u: seen2.append(repr(u.object))
async def func(): pass
with warnings.catch_warnings():
    warnings.filterwarnings("error")
    coro = func()
    coro_repr = repr(coro)
    coro = None
    gc.collect()
print(seen2 == [coro_repr])
