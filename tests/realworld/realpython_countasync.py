# source: https://realpython.com/async-io-python/ (countasync.py, followed by its synchronous comparison countsync.py)
# adapted: sleeps shortened (1 s -> 0.2 s async, 0.1 s sync); script names printed literally; elapsed time with one decimal.
import asyncio
import time


async def count():
    print("One")
    await asyncio.sleep(0.2)
    print("Two")


async def main():
    await asyncio.gather(count(), count(), count())


def count_sync():
    print("One")
    time.sleep(0.1)
    print("Two")


def main_sync():
    for _ in range(3):
        count_sync()


if __name__ == "__main__":
    s = time.perf_counter()
    asyncio.run(main())
    elapsed = time.perf_counter() - s
    print(f"countasync.py executed in {elapsed:0.1f} seconds.")

    s = time.perf_counter()
    main_sync()
    elapsed = time.perf_counter() - s
    print(f"countsync.py executed in {elapsed:0.1f} seconds.")
