# Task fan-out/fan-in: many tasks limited by an asyncio.Semaphore push results
# into an asyncio.Queue; a collector drains it; asyncio.gather joins them.
import asyncio

N = 11_000
LIMIT = 16


async def job(i, sem, results, stats):
    async with sem:
        stats["running"] += 1
        stats["peak"] = max(stats["peak"], stats["running"])
        await asyncio.sleep(0)
        value = i * i % 1009
        await asyncio.sleep(0)
        stats["running"] -= 1
    await results.put((i, value))
    return value


async def collector(results, n):
    total = 0
    seen = 0
    order = []
    while seen < n:
        i, value = await results.get()
        total += value
        seen += 1
        if len(order) < 8:
            order.append(i)
        results.task_done()
    return total, order


async def batch(start, n, sem, results, stats):
    values = await asyncio.gather(*(job(i, sem, results, stats) for i in range(start, start + n)))
    return sum(values)


async def main():
    sem = asyncio.Semaphore(LIMIT)
    results = asyncio.Queue()
    stats = {"running": 0, "peak": 0}
    col = asyncio.create_task(collector(results, N))
    sums = await asyncio.gather(*(batch(b, N // 8, sem, results, stats) for b in range(0, N, N // 8)))
    await results.join()
    total, order = await col
    print(sum(sums), total, order, stats, sem.locked(), results.qsize())


asyncio.run(main())
