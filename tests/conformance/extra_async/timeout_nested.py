# nested asyncio.timeout blocks: the inner or outer one fires
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.5) as outer:
            try:
                async with asyncio.timeout(0.01) as inner:
                    await asyncio.sleep(0.2)
            except TimeoutError:
                print("inner fired", inner.expired(), outer.expired())
            await asyncio.sleep(0)
            print("continuing in outer")
    except TimeoutError:
        print("unexpected outer")
    try:
        async with asyncio.timeout(0.01) as outer:
            try:
                async with asyncio.timeout(0.5) as inner:
                    await asyncio.sleep(0.2)
            except TimeoutError:
                print("inner should not catch")
            print("not reached")
    except TimeoutError:
        print("outer fired", outer.expired(), inner.expired())
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(0.1)
    except TimeoutError as e:
        print(type(e).__name__, type(e.__context__).__name__)

asyncio.run(main())
