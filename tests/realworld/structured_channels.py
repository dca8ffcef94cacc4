# source: trio tutorial/reference "Using channels to pass values between tasks" (https://trio.readthedocs.io/en/stable/reference-core.html#using-channels-to-pass-values-between-tasks: the producer/consumer example with open_memory_channel(0), "Managing multiple producers and/or multiple consumers" with clone() and async with for closing, EndOfChannel, BrokenResourceError) rewritten with asyncio: a small MemoryChannel built on asyncio.Queue plus TaskGroup as the nursery
# adapted: the channel classes are written here (asyncio has no memory channels); trio.sleep(1) becomes 20 ms units, producer B starting half a unit later, so no two sends coincide; the output lists what each consumer received.
import asyncio
from dataclasses import dataclass, field

UNIT = 0.02


class EndOfChannel(Exception):
    pass


class ClosedResourceError(Exception):
    pass


class BrokenResourceError(Exception):
    pass


@dataclass
class _State:
    queue: asyncio.Queue
    open_send: int = 0
    open_receive: int = 0
    waiters: list = field(default_factory=list)


class SendChannel:
    def __init__(self, state):
        self._state = state
        self._closed = False
        state.open_send += 1

    def clone(self):
        if self._closed:
            raise ClosedResourceError('clone of a closed channel')
        return SendChannel(self._state)

    async def send(self, value):
        if self._closed:
            raise ClosedResourceError('send on a closed channel')
        if self._state.open_receive == 0:
            raise BrokenResourceError('no receivers left')
        await self._state.queue.put(value)

    async def aclose(self):
        if self._closed:
            return
        self._closed = True
        self._state.open_send -= 1
        if self._state.open_send == 0:
            # wake every receiver: the channel is finished
            for _ in range(self._state.open_receive):
                await self._state.queue.put(_END)
        await asyncio.sleep(0)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_info):
        await self.aclose()


_END = object()


class ReceiveChannel:
    def __init__(self, state):
        self._state = state
        self._closed = False
        state.open_receive += 1

    def clone(self):
        return ReceiveChannel(self._state)

    async def receive(self):
        if self._closed:
            raise ClosedResourceError('receive on a closed channel')
        value = await self._state.queue.get()
        if value is _END:
            raise EndOfChannel
        return value

    def __aiter__(self):
        return self

    async def __anext__(self):
        try:
            return await self.receive()
        except EndOfChannel:
            raise StopAsyncIteration

    async def aclose(self):
        if not self._closed:
            self._closed = True
            self._state.open_receive -= 1
        await asyncio.sleep(0)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_info):
        await self.aclose()


def open_memory_channel(max_buffer_size):
    state = _State(asyncio.Queue(max_buffer_size if max_buffer_size else 1))
    return SendChannel(state), ReceiveChannel(state)


print('--- one producer, one consumer')


async def producer(send_channel):
    # Producer sends 3 messages
    for i in range(3):
        # The producer sends using 'await send_channel.send(...)'
        await send_channel.send(f'message {i}')


async def consumer(receive_channel):
    # The consumer uses an 'async for' loop to receive the values:
    async for value in receive_channel:
        print(f'got value {value!r}')


async def main_simple():
    async with asyncio.TaskGroup() as nursery:
        # Open a channel:
        send_channel, receive_channel = open_memory_channel(0)
        # Start a producer and a consumer, passing one end of the channel to each of them:
        async def produce_then_close():
            async with send_channel:
                await producer(send_channel)
        nursery.create_task(produce_then_close())
        nursery.create_task(consumer(receive_channel))
    print('consumer saw the end of the channel')


asyncio.run(main_simple())

print('--- multiple producers and consumers with clone()')

received = {}


async def producer_n(name, offset, send_channel):
    async with send_channel:
        await asyncio.sleep(offset * UNIT)
        for i in range(3):
            await asyncio.sleep(UNIT)
            await send_channel.send(f'{i} from producer {name}')


async def consumer_n(name, receive_channel):
    async with receive_channel:
        async for value in receive_channel:
            received.setdefault(name, []).append(value)
            print(f'consumer {name} got value {value!r}')
            await asyncio.sleep(0.3 * UNIT)


async def main_many():
    async with asyncio.TaskGroup() as nursery:
        send_channel, receive_channel = open_memory_channel(0)
        async with send_channel, receive_channel:
            # Start two producers, giving each its own private clone
            nursery.create_task(producer_n('A', 0.0, send_channel.clone()))
            nursery.create_task(producer_n('B', 0.5, send_channel.clone()))
            # And two consumers, giving each its own private clone
            nursery.create_task(consumer_n('X', receive_channel.clone()))
            nursery.create_task(consumer_n('Y', receive_channel.clone()))
    for name in sorted(received):
        print(name, len(received[name]), 'values')


asyncio.run(main_many())

print('--- using a closed or broken channel')


async def main_errors():
    send_channel, receive_channel = open_memory_channel(1)
    await send_channel.aclose()
    try:
        await send_channel.send('late')
    except ClosedResourceError as e:
        print(f'ClosedResourceError: {e}')
    try:
        await receive_channel.receive()
    except EndOfChannel:
        print('EndOfChannel')

    send_channel, receive_channel = open_memory_channel(1)
    await receive_channel.aclose()
    try:
        await send_channel.send('nobody listens')
    except BrokenResourceError as e:
        print(f'BrokenResourceError: {e}')
    try:
        send_channel.clone().clone()
        await send_channel.aclose()
        send_channel.clone()
    except ClosedResourceError as e:
        print(f'ClosedResourceError: {e}')


asyncio.run(main_errors())
