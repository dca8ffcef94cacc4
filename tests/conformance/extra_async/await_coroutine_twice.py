# Awaiting a coroutine that a task is running, or one that finished.
import asyncio
async def inner():
    await asyncio.sleep(0.01)
async def main():
    c = inner()
    t = asyncio.ensure_future(c)
    await asyncio.sleep(0)
    try:
        await c
    except RuntimeError as e: print(e)
    await t
    try:
        await c
    except RuntimeError as e: print(e)
    d = inner()
    await d
    try:
        await d
    except RuntimeError as e: print(e)
asyncio.run(main())
