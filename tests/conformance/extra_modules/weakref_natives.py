# Weak references to generators, coroutines, tasks and futures (callbacks
# run when they are freed); iterators still refuse them.
import weakref, asyncio, gc
def gen():
    yield 1
g = gen()
r = weakref.ref(g, lambda ref: print("gen collected", ref() is None))
print(r() is g)
del g
print(r())
async def c():
    pass
co = c()
rc = weakref.ref(co)
co.close()
del co
print(rc())
async def main():
    t = asyncio.create_task(asyncio.sleep(0))
    ws = weakref.WeakSet([t])
    print(len(ws))
    await t
    f = asyncio.get_running_loop().create_future()
    rf = weakref.ref(f, lambda ref: print("future gone"))
    del f
    print(rf())
asyncio.run(main())
try:
    weakref.ref(iter([]))
except TypeError as e:
    print(e)
