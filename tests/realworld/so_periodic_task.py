# source: https://stackoverflow.com/questions/37512182/how-can-i-periodically-execute-a-function-with-asyncio (answer with the Periodic class: start/stop, contextlib.suppress)
# adapted: period 0.1 s instead of 1 s and waits of 0.35 s instead of 3.1 s; the callback prints a counter
import asyncio
from contextlib import suppress


class Periodic:
    def __init__(self, func, time):
        self.func = func
        self.time = time
        self.is_started = False
        self._task = None

    async def start(self):
        if not self.is_started:
            self.is_started = True
            # Start task to call func periodically:
            self._task = asyncio.ensure_future(self._run())

    async def stop(self):
        if self.is_started:
            self.is_started = False
            # Stop task and await it stopped:
            self._task.cancel()
            with suppress(asyncio.CancelledError):
                await self._task

    async def _run(self):
        while True:
            await asyncio.sleep(self.time)
            self.func()


calls = 0


def tick():
    global calls
    calls += 1
    print('test', calls)


async def main():
    p = Periodic(tick, 0.1)
    try:
        print('Start')
        await p.start()
        await asyncio.sleep(0.35)

        print('Stop')
        await p.stop()
        await asyncio.sleep(0.35)  # and wait to see it stopped

        print('Start')
        await p.start()
        await asyncio.sleep(0.35)
    finally:
        await p.stop()  # we should stop task finally
    print('task cancelled:', p._task.cancelled())


if __name__ == '__main__':
    loop = asyncio.get_event_loop()
    loop.run_until_complete(main())
