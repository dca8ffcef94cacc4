# 'async for' over an __anext__ result whose __await__() fails or returns a
# non-iterator: CPython's TypeError, caused by that failure.
class F:
    def __aiter__(self):
        return self
    def __anext__(self):
        return self
    def __await__(self):
        1 / 0
async def main():
    async for _ in F():
        pass
try:
    main().send(None)
except TypeError as err:
    print(err, repr(err.__cause__), err.__suppress_context__)
class G:
    def __aiter__(self):
        return self
    def __anext__(self):
        return self
    def __await__(self):
        return 5
async def main2():
    async for _ in G():
        pass
try:
    main2().send(None)
except TypeError as err:
    print(err, repr(err.__cause__))
