# source: https://realpython.com/python-async-features/ (example_5.py: two tasks taking delays from an asyncio.Queue, timed with codetiming.Timer)
# adapted: codetiming.Timer replaced by a small Timer class with the same start/stop/context-manager use; work delays 15/10/5/2 s -> 0.30/0.20/0.13/0.07 s so no two tasks finish together.
import asyncio
import time


class Timer:
    def __init__(self, text="Elapsed time: {:0.4f} seconds"):
        self.text = text
        self._start_time = None

    def start(self):
        if self._start_time is not None:
            raise RuntimeError("Timer is running. Use .stop() to stop it")
        self._start_time = time.perf_counter()

    def stop(self):
        if self._start_time is None:
            raise RuntimeError("Timer is not running. Use .start() to start it")
        elapsed_time = time.perf_counter() - self._start_time
        self._start_time = None
        print(self.text.format(elapsed_time))
        return elapsed_time

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc_info):
        self.stop()


async def task(name, work_queue):
    timer = Timer(text=f"Task {name} elapsed time: {{:.1f}}")
    while not work_queue.empty():
        delay = await work_queue.get()
        print(f"Task {name} running")
        timer.start()
        await asyncio.sleep(delay)
        timer.stop()


async def main():
    """
    This is the main entry point for the program
    """
    # Create the queue of work
    work_queue = asyncio.Queue()

    # Put some work in the queue
    for work in [0.30, 0.20, 0.13, 0.07]:
        await work_queue.put(work)

    # Run the tasks
    with Timer(text="\nTotal elapsed time: {:.1f}"):
        await asyncio.gather(
            asyncio.create_task(task("One", work_queue)),
            asyncio.create_task(task("Two", work_queue)),
        )


if __name__ == "__main__":
    asyncio.run(main())
