# 'async with' on objects lacking __aenter__/__aexit__
import asyncio

class SyncCM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False

class OnlyAenter:
    async def __aenter__(self):
        return self

async def main():
    for obj in (SyncCM(), [1], 3, OnlyAenter()):
        try:
            async with obj:
                print("never")
        except TypeError as e:
            print("TypeError:", e)

asyncio.run(main())
