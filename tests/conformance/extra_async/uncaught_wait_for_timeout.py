# uncaught TimeoutError from wait_for
import asyncio

async def slow():
    try:
        await asyncio.sleep(0.2)
    finally:
        print("slow cleaned up")

async def main():
    print("waiting")
    await asyncio.wait_for(slow(), timeout=0.01)
    print("never")

asyncio.run(main())
