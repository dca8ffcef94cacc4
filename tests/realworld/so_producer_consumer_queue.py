# source: https://stackoverflow.com/questions/52582685/using-asyncio-queue-for-producer-consumer-flow (answer by user4815162342)
# adapted: random seeded; 2 producers and 3 consumers instead of 3 and 10, mean sleeps 0.05/0.15 s instead of 0.1/0.3 s, stop threshold 0.25 instead of 0.05 (keeps the run short)
import asyncio
import random

random.seed(18)


async def rnd_sleep(t):
    # sleep for T seconds on average
    await asyncio.sleep(t * random.random() * 2)


async def producer(queue):
    while True:
        # produce a token and send it to a consumer
        token = random.random()
        print(f'produced {token}')
        if token < .25:
            break
        await queue.put(token)
        await rnd_sleep(.05)


async def consumer(queue):
    while True:
        token = await queue.get()
        # process the token received from a producer
        await rnd_sleep(.15)
        queue.task_done()
        print(f'consumed {token}')


async def main():
    queue = asyncio.Queue()

    # fire up the both producers and consumers
    producers = [asyncio.create_task(producer(queue))
                 for _ in range(2)]
    consumers = [asyncio.create_task(consumer(queue))
                 for _ in range(3)]

    # with both producers and consumers running, wait for
    # the producers to finish
    await asyncio.gather(*producers)
    print('---- done producing')

    # wait for the remaining tasks to be processed
    await queue.join()

    # cancel the consumers, which are now idle
    for c in consumers:
        c.cancel()


asyncio.run(main())
