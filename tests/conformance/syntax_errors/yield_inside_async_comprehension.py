async def f():
    return [(yield x) async for x in y]
