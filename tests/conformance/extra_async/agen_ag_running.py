# ag_running and other async generator attributes
import asyncio

async def agen():
    print("inside, ag_running =", g.ag_running)
    await asyncio.sleep(0)
    yield 1
    yield 2

async def main():
    global g
    g = agen()
    print("before", g.ag_running)
    print(g.__name__, g.__qualname__)
    print(type(g).__name__)
    print(await anext(g))
    print("between", g.ag_running)
    print(await anext(g))
    await g.aclose()
    print("after", g.ag_running, g.ag_frame)

asyncio.run(main())
