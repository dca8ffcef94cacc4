async def outer():
    def inner():
        await x
    return inner
