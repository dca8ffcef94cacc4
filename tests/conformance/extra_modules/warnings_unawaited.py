# A coroutine dropped without being awaited warns through `warnings`, at
# the line that dropped it, as CPython does.
import asyncio
import io
import sys
import warnings

captured = io.StringIO()
sys.stderr = captured


async def forgotten():
    pass


def f():
    forgotten()
    print("after")


forgotten()
print("x")
f()
c = forgotten()
del c
print(captured.getvalue().replace(__file__, "FILE"), end="")

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    forgotten()
print([(w.category.__name__, str(w.message), w.lineno) for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    captured.seek(0)
    captured.truncate()
    forgotten()
    print("still running")
lines = captured.getvalue().splitlines()
print(lines[0].split(" at 0x")[0], lines[1])
print(lines[-1])


async def main():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        asyncio.sleep(1)
        await asyncio.sleep(0)
    print([(w.category.__name__, str(w.message)) for w in caught])


asyncio.run(main())
