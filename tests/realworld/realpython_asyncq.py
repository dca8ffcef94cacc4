# source: https://realpython.com/async-io-python/ (asyncq.py: producers and consumers sharing an asyncio.Queue, run as "asyncq.py -p 2 -c 4")
# adapted: "i seconds" sleeps last i * UNIT s; seed 59 (not 444) so that no two wake-ups coincide; os.urandom -> seeded random.randbytes; argparse -> fixed counts; times printed with one decimal instead of five.
import asyncio
import itertools as it
import random
import time

UNIT = 0.012


async def makeitem(size: int = 5) -> str:
    return random.randbytes(size).hex()


async def randsleep(caller=None) -> None:
    i = random.randint(0, 10)
    if caller:
        print(f"{caller} sleeping for {i} seconds.")
    await asyncio.sleep(i * UNIT)


async def produce(name: int, q: asyncio.Queue) -> None:
    n = random.randint(0, 10)
    for _ in it.repeat(None, n):  # Synchronous loop for each single producer
        await randsleep(caller=f"Producer {name}")
        i = await makeitem()
        t = time.perf_counter()
        await q.put((i, t))
        print(f"Producer {name} added <{i}> to queue.")


async def consume(name: int, q: asyncio.Queue) -> None:
    while True:
        await randsleep(caller=f"Consumer {name}")
        i, t = await q.get()
        now = time.perf_counter()
        print(f"Consumer {name} got element <{i}>"
              f" in {now-t:0.1f} seconds.")
        q.task_done()


async def main(nprod: int, ncon: int):
    q = asyncio.Queue()
    producers = [asyncio.create_task(produce(n, q)) for n in range(nprod)]
    consumers = [asyncio.create_task(consume(n, q)) for n in range(ncon)]
    await asyncio.gather(*producers)
    await q.join()  # Implicitly awaits consumers, too
    for c in consumers:
        c.cancel()


if __name__ == "__main__":
    random.seed(59)
    ns = {"nprod": 2, "ncon": 4}
    start = time.perf_counter()
    asyncio.run(main(**ns))
    elapsed = time.perf_counter() - start
    print(f"Program completed in {elapsed:0.1f} seconds.")
