import asyncio
class P:
    __match_args__ = ("a",)
    a = 1
async def main():
    await asyncio.sleep(0)
    match P():
        case P(x):
            print("x", x)
    match P():
        case P(x, y):
            await asyncio.sleep(0)
asyncio.run(main())
