# @contextmanager/@asynccontextmanager wrap the generator function as
# functools.wraps does (name, docstring, __dict__), and instances take its docstring.
from contextlib import contextmanager, asynccontextmanager
import asyncio
def attribs(**kw):
    def decorate(func):
        for k, v in kw.items():
            setattr(func, k, v)
        return func
    return decorate
@asynccontextmanager
@attribs(foo='bar')
async def baz(spam):
    """Whee!"""
    yield
print(baz.__name__, baz.foo, baz.__doc__, baz.__wrapped__.__name__)
print(baz(None).__doc__)
@contextmanager
@attribs(x=1)
def plain():
    yield 5
print(plain.__name__, plain.x, plain.__doc__, plain().__doc__)
with plain() as v:
    print(v)
async def main():
    async with baz(1):
        print("inside")
asyncio.run(main())
