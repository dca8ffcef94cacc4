# anext() on things that are not async iterators
import asyncio

class HasAiterOnly:
    def __aiter__(self):
        return self

async def main():
    for obj in ([1], iter([1]), 3, HasAiterOnly()):
        try:
            await anext(obj)
        except TypeError as e:
            print("TypeError:", e)
    try:
        anext([1], None)
    except TypeError as e:
        print("with default:", e)

asyncio.run(main())
