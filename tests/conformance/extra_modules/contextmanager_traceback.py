# An exception passing through a @contextmanager/@asynccontextmanager keeps
# the traceback it came in with (the manager's frames are not added).
import asyncio, traceback
from contextlib import asynccontextmanager, contextmanager
@asynccontextmanager
async def f():
    yield
@contextmanager
def g():
    yield
async def main():
    for exc in (ZeroDivisionError, RuntimeError, StopIteration, StopAsyncIteration):
        try:
            async with f():
                raise exc("x")
        except exc as e:
            frames = traceback.extract_tb(e.__traceback__)
            print(exc.__name__, len(frames), frames[0].name, frames[0].line)
    for exc in (ZeroDivisionError, RuntimeError, StopIteration):
        try:
            with g():
                raise exc("y")
        except exc as e:
            frames = traceback.extract_tb(e.__traceback__)
            print(exc.__name__, len(frames), frames[0].name, frames[0].line)
asyncio.run(main())
