# a suspended async generator is finalized when asyncio.run shuts down
import asyncio

async def ticker():
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("ticker finalized")

keep = []

async def main():
    g = ticker()
    keep.append(g)
    print(await anext(g))
    print(await anext(g))
    print("main returning")
    return "result"

print(asyncio.run(main()))
print("after run")
