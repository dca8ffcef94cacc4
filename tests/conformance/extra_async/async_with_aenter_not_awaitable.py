# __aenter__ / __aexit__ returning non-awaitables
import asyncio

class BadEnter:
    def __aenter__(self):
        return 1
    async def __aexit__(self, *a):
        return False

class BadExit:
    async def __aenter__(self):
        return "entered"
    def __aexit__(self, *a):
        return 2

async def main():
    try:
        async with BadEnter():
            print("never")
    except TypeError as e:
        print("TypeError:", e)
    try:
        async with BadExit() as v:
            print("body", v)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
