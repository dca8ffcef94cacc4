# source: Matthew Fowler, "Python Concurrency with asyncio" (Manning 2022), ch. 11 "Synchronization", listings 11.14 (condition basics) and 11.15 (using conditions to wait for a connection to initialize), https://github.com/concurrency-in-python-with-asyncio/concurrency-in-python-with-asyncio/tree/main/chapter_11
# adapted: the endless loops of 11.14 run two rounds each (the workers are told apart by name); seconds are UNIT = 0.01 s.
import asyncio
from asyncio import Condition
from enum import Enum

UNIT = 0.01

print('--- listing 11.14: condition basics')


async def do_work(condition: Condition, name: str):
    for _ in range(2):
        print(f'{name}: Waiting for condition lock...')
        async with condition:
            print(f'{name}: Acquired lock, releasing and waiting for condition...')
            await condition.wait()
            print(f'{name}: Condition event fired, re-acquiring lock and doing work...')
            await asyncio.sleep(UNIT)
        print(f'{name}: Work finished, lock released.')


async def fire_event(condition: Condition):
    for _ in range(2):
        await asyncio.sleep(5 * UNIT)
        print('About to notify, acquiring condition lock...')
        async with condition:
            print('Lock acquired, notifying all workers.')
            condition.notify_all()
        print('Notification finished, releasing lock.')


async def main_11_14():
    condition = Condition()

    firing = asyncio.create_task(fire_event(condition))
    await asyncio.gather(do_work(condition, 'A'), do_work(condition, 'B'))
    await firing


asyncio.run(main_11_14())

print('--- listing 11.15: waiting for a connection to initialize')


class ConnectionState(Enum):
    WAIT_INIT = 0
    INITIALIZING = 1
    INITIALIZED = 2


class Connection:

    def __init__(self):
        self.state = ConnectionState.WAIT_INIT
        self.condition = asyncio.Condition()

    async def change_state(self, state: ConnectionState):
        async with self.condition:
            print(f'change_state: State changing from {self.state} to {state}')
            self.state = state
            self.condition.notify_all()

    async def initialize(self):
        await self.change_state(ConnectionState.INITIALIZING)
        print('initialize: Initializing connection...')
        await asyncio.sleep(3 * UNIT)  # simulate connection startup time
        print('initialize: Finished initializing connection')
        await self.change_state(ConnectionState.INITIALIZED)

    async def execute(self, query: str):
        async with self.condition:
            print('execute: Waiting for connection to initialize')
            await self.condition.wait_for(self._is_initialized)
            print(f'execute: Running {query}!!!')
            await asyncio.sleep(3 * UNIT)  # simulate a long query

    def _is_initialized(self):
        if self.state is not ConnectionState.INITIALIZED:
            print(f'_is_initialized: Connection not finished initializing, state is {self.state}')
            return False
        print(f'_is_initialized: Connection is initialized!')
        return True


async def main_11_15():
    connection = Connection()
    query_one = asyncio.create_task(connection.execute('select * from table'))
    query_two = asyncio.create_task(connection.execute('select * from other_table'))
    init = asyncio.create_task(connection.initialize())
    await query_one
    await query_two
    await init
    print(f'final state: {connection.state!r}')


asyncio.run(main_11_15())
