# source: Matthew Fowler, "Python Concurrency with asyncio" (Manning 2022), ch. 11 "Synchronization", listings 11.1-11.5 (single-threaded race conditions, asyncio.Lock, MockSocket user_disconnect), https://github.com/concurrency-in-python-with-asyncio/concurrency-in-python-with-asyncio/tree/main/chapter_11
# adapted: the 1000 rounds of 100 tasks become 3 rounds of 10 tasks; the failing assert of listing 11.2 is caught and printed instead of ending the program; util.delay() is inlined; every "second" lasts UNIT = 0.01 s.
import asyncio
from asyncio import Lock

UNIT = 0.01


async def delay(delay_seconds: int) -> int:
    print(f'sleeping for {delay_seconds} second(s)')
    await asyncio.sleep(delay_seconds * UNIT)
    print(f'finished sleeping for {delay_seconds} second(s)')
    return delay_seconds


print('--- listing 11.1: a single-threaded race condition?')
counter: int = 0


async def increment():
    global counter
    await asyncio.sleep(UNIT)
    counter = counter + 1


async def main_11_1():
    global counter
    for _ in range(3):
        tasks = [asyncio.create_task(increment()) for _ in range(10)]
        await asyncio.gather(*tasks)
        print(f'Counter is {counter}')
        assert counter == 10
        counter = 0


asyncio.run(main_11_1())

print('--- listing 11.2: a real race condition')


async def increment_racy():
    global counter
    temp_counter = counter
    temp_counter = temp_counter + 1
    await asyncio.sleep(UNIT)
    counter = temp_counter


async def main_11_2():
    global counter
    for _ in range(3):
        tasks = [asyncio.create_task(increment_racy()) for _ in range(10)]
        await asyncio.gather(*tasks)
        print(f'Counter is {counter}')
        try:
            assert counter == 10
        except AssertionError:
            print('AssertionError: lost updates')
        counter = 0


asyncio.run(main_11_2())

print('--- listing 11.3: using an asyncio lock')


async def a(lock: Lock):
    print('Coroutine a waiting to acquire the lock')
    async with lock:
        print('Coroutine a is in the critical section')
        await delay(2)
    print('Coroutine a released the lock')


async def b(lock: Lock):
    print('Coroutine b waiting to acquire the lock')
    async with lock:
        print('Coroutine b is in the critical section')
        await delay(2)
    print('Coroutine b released the lock')


async def main_11_3():
    lock = Lock()
    await asyncio.gather(a(lock), b(lock))


asyncio.run(main_11_3())

print('--- listing 11.4: the racy counter fixed with a lock')


async def increment_locked(lock: Lock):
    global counter
    async with lock:
        temp_counter = counter
        temp_counter = temp_counter + 1
        await asyncio.sleep(UNIT / 10)
        counter = temp_counter


async def main_11_4():
    global counter
    lock = Lock()
    for _ in range(2):
        await asyncio.gather(*[increment_locked(lock) for _ in range(10)])
        print(f'Counter is {counter}, locked={lock.locked()}')
        counter = 0


asyncio.run(main_11_4())

print('--- listing 11.5: MockSocket and user_disconnect')


class MockSocket:
    def __init__(self):
        self.socket_closed = False

    async def send(self, msg: str):
        if self.socket_closed:
            raise Exception('Socket is closed!')
        print(f'Sending: {msg}')
        await asyncio.sleep(UNIT)
        print(f'Sent: {msg}')

    def close(self):
        self.socket_closed = True


user_names_to_sockets = {'John': MockSocket(),
                         'Terry': MockSocket(),
                         'Graham': MockSocket(),
                         'Eric': MockSocket()}


async def user_disconnect(username: str, user_lock: Lock):
    print(f'{username} disconnected!')
    async with user_lock:
        print(f'Removing {username} from dictionary')
        socket = user_names_to_sockets.pop(username)
        socket.close()


async def message_all_users(user_lock: Lock):
    print('Creating message tasks')
    async with user_lock:
        messages = [socket.send(f'Hello {user}') for user, socket in user_names_to_sockets.items()]
        await asyncio.gather(*messages)


async def main_11_5():
    user_lock = Lock()
    await asyncio.gather(message_all_users(user_lock), user_disconnect('Eric', user_lock))
    print('remaining users:', sorted(user_names_to_sockets))


asyncio.run(main_11_5())

print('--- without the lock: sending to a socket closed mid-iteration')
user_names_to_sockets['Eric'] = MockSocket()


async def message_all_users_unlocked():
    print('Creating message tasks')
    messages = [socket.send(f'Hello {user}') for user, socket in user_names_to_sockets.items()]
    await asyncio.sleep(0)
    results = await asyncio.gather(*messages, return_exceptions=True)
    print('results:', results)


async def user_disconnect_unlocked(username: str):
    print(f'{username} disconnected!')
    user_names_to_sockets.pop(username).close()


async def main_unlocked():
    await asyncio.gather(message_all_users_unlocked(), user_disconnect_unlocked('Eric'))


asyncio.run(main_unlocked())
