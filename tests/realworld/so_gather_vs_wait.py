# source: https://stackoverflow.com/questions/42231161/asyncio-gather-vs-asyncio-wait (accepted answer: gather groups, then wait with FIRST_COMPLETED and timeout)
# adapted: random seeded and delays scaled by 0.1; asyncio.wait() gets tasks (3.11 refuses coroutines); sets of finished tasks are printed sorted; fewer coroutines per group; the second snippet gets a new loop since the first one is closed
import asyncio
from pprint import pprint

import random

random.seed(17786)


async def coro(tag):
    print(">", tag)
    await asyncio.sleep(random.uniform(0.1, 0.3))
    print("<", tag)
    return tag


# asyncio.gather(): high-level grouping of tasks
loop = asyncio.get_event_loop()

group1 = asyncio.gather(*[coro("group 1.{}".format(i)) for i in range(1, 4)])
group2 = asyncio.gather(*[coro("group 2.{}".format(i)) for i in range(1, 3)])
group3 = asyncio.gather(*[coro("group 3.{}".format(i)) for i in range(1, 5)])

all_groups = asyncio.gather(group1, group2, group3)

results = loop.run_until_complete(all_groups)

loop.close()

pprint(results)


# asyncio.wait(): stop after the first task is done, or after a timeout
async def coro(tag):
    print(">", tag)
    await asyncio.sleep(random.uniform(0.05, 0.5))
    print("<", tag)
    return tag


loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)

tasks = [loop.create_task(coro(i)) for i in range(1, 11)]

print("Get first result:")
finished, unfinished = loop.run_until_complete(
    asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED))

for task in sorted(finished, key=lambda t: t.result()):
    print(task.result())
print("unfinished:", len(unfinished))

print("Get more results in 0.2 seconds:")
finished2, unfinished2 = loop.run_until_complete(
    asyncio.wait(unfinished, timeout=0.2))

for task in sorted(finished2, key=lambda t: t.result()):
    print(task.result())
print("unfinished2:", len(unfinished2))

print("Get all other results:")
finished3, unfinished3 = loop.run_until_complete(asyncio.wait(unfinished2))

for task in sorted(finished3, key=lambda t: t.result()):
    print(task.result())

loop.close()
