import asyncio

async def fetch(v):
    await asyncio.sleep(0)
    return v

async def check(v):
    await asyncio.sleep(0)
    return v > 1

async def handle(msg):
    match await fetch(msg):
        case {"op": "add", "args": [a, b]}:
            r = await fetch(a + b)
            return f"add {r}"
        case {"op": "neg", "arg": x} if await check(x):
            return f"neg {-await fetch(x)}"
        case {"op": op}:
            await asyncio.sleep(0)
            return f"unknown op {op}"
        case [*items]:
            out = []
            for i in items:
                match i:
                    case int(n):
                        out.append(await fetch(n * 10))
                    case _:
                        out.append(None)
            return out
        case _:
            return "other"

async def gen(n):
    for i in range(n):
        await asyncio.sleep(0)
        match i % 2:
            case 0:
                yield f"even {i}"
            case _:
                yield f"odd {i}"

async def main():
    for msg in [{"op": "add", "args": [1, 2]}, {"op": "neg", "arg": 5}, {"op": "neg", "arg": 0},
                {"op": "mul"}, [1, "x", 3], 42]:
        print(await handle(msg))
    async for s in gen(3):
        print(s)
    results = await asyncio.gather(*(handle(m) for m in [[1], {"op": "z"}]))
    print(results)
    # A match whose subject raises inside a coroutine.
    try:
        match await fetch(1) / 0:
            case _:
                pass
    except ZeroDivisionError as e:
        print("caught", e)
    # A guard that raises.
    try:
        match 1:
            case n if await fetch(n) / 0:
                pass
    except ZeroDivisionError:
        print("guard raised")

asyncio.run(main())
