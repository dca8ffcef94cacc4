# SIGINT while asyncio.run waits: KeyboardInterrupt ends the run.
import asyncio
async def main():
    print("ready", flush=True)
    await asyncio.sleep(100)
asyncio.run(main())
