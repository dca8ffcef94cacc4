# `with` and `async with` find __enter__/__exit__ (and the async pair) on
# the type and call them with the object, whatever kind of attribute they
# are: plain functions, staticmethods, classmethods, callable descriptors,
# Rust-backed methods of asyncio's locks, and attributes set on the
# instance (ignored, as in CPython).
import asyncio


class Plain:
    def __enter__(self):
        print("enter", type(self).__name__)
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__ if exc[0] else None)
        return False


class Static:
    @staticmethod
    def __enter__():
        print("static enter")
        return "s"

    @staticmethod
    def __exit__(*exc):
        print("static exit", len(exc))
        return True


class Klass:
    @classmethod
    def __enter__(cls):
        print("class enter", cls.__name__)
        return cls

    @classmethod
    def __exit__(cls, *exc):
        print("class exit", cls.__name__, exc[1])
        return True


class Caller:
    def __init__(self, label):
        self.label = label

    def __get__(self, obj, owner):
        def bound(*args):
            print(self.label, type(obj).__name__, len(args))
            return obj if self.label == "enter" else False
        return bound


class Described:
    __enter__ = Caller("enter")
    __exit__ = Caller("exit")


class Shadowed(Plain):
    pass


with Plain() as p:
    print("body", type(p).__name__)
with Static() as s:
    print("body", s)
    raise ValueError("swallowed by static")
with Klass() as k:
    raise KeyError("k")
print("after klass", k.__name__)
with Described() as d:
    print("body", type(d).__name__)

sh = Shadowed()
sh.__enter__ = lambda: print("instance enter: not used")
sh.__exit__ = lambda *a: print("instance exit: not used")
with sh as v:
    print("body", v is sh)

try:
    with Plain():
        raise RuntimeError("out")
except RuntimeError as e:
    print("caught", e)


class AsyncPlain:
    async def __aenter__(self):
        print("aenter")
        await asyncio.sleep(0)
        return 1

    async def __aexit__(self, t, e, tb):
        print("aexit", t.__name__ if t else None)
        await asyncio.sleep(0)
        return t is ZeroDivisionError


class AsyncStatic:
    @staticmethod
    async def __aenter__():
        print("static aenter")

    @staticmethod
    async def __aexit__(*a):
        print("static aexit", a[0])


async def main():
    async with AsyncPlain() as one:
        print("abody", one)
        1 / 0
    async with AsyncStatic():
        print("abody static")
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(1)
    async with lock, sem as got:
        print("locked", lock.locked(), sem.locked(), got)
    print("released", lock.locked(), sem.locked())
    try:
        async with lock:
            raise OSError("inside lock")
    except OSError as e:
        print("caught", e, lock.locked())


asyncio.run(main())
