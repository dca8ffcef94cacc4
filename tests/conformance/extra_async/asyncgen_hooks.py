# sys.set_asyncgen_hooks/get_asyncgen_hooks: firstiter sees each async
# generator's first step, finalizer gets abandoned ones; a running loop
# uses its own hooks and gives the old ones back.
import asyncio
import sys

log = []


def firstiter(agen):
    log.append(("first", agen.__name__))


def finalizer(agen):
    log.append(("final", agen.__name__))
    closer = agen.aclose()
    try:
        closer.send(None)
    except StopIteration:
        pass


async def numbers():
    try:
        yield 1
        yield 2
    finally:
        log.append("numbers finally")


print(sys.get_asyncgen_hooks())
sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
hooks = sys.get_asyncgen_hooks()
print(hooks.firstiter is firstiter, hooks[1] is finalizer, len(hooks))

g = numbers()
step = g.__anext__()
try:
    step.send(None)
except StopIteration as e:
    log.append(("value", e.value))
del g, step
print(log)


async def main():
    inner = sys.get_asyncgen_hooks()
    return inner.firstiter is firstiter, [x async for x in numbers()]


print(asyncio.run(main()))
print(sys.get_asyncgen_hooks().firstiter is firstiter)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
try:
    sys.set_asyncgen_hooks(firstiter=42)
except TypeError as e:
    print(e)
