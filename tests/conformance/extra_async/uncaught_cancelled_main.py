# the main task cancels itself: asyncio.run raises CancelledError
import asyncio

async def main():
    print("cancelling myself")
    asyncio.current_task().cancel()
    try:
        await asyncio.sleep(0.01)
    finally:
        print("finally in main")

asyncio.run(main())
