# source: Fluent Python, 2nd ed. (Ramalho), ch. 19 "Concurrency Models in Python": spinner_async.py and spinner_async_experiment.py
# adapted: spinner frame every 0.04 s and slow() 0.22 s (was 0.1 s / 3 s) so exactly 6 frames show; the Task repr is printed without its file location.
import asyncio
import itertools
import time


async def spin(msg: str) -> None:
    for char in itertools.cycle(r'\|/-'):
        status = f'\r{char} {msg}'
        print(status, flush=True, end='')
        try:
            await asyncio.sleep(.04)
        except asyncio.CancelledError:
            break
    blanks = ' ' * len(status)
    print(f'\r{blanks}\r', end='')


async def slow() -> int:
    await asyncio.sleep(.22)
    return 42


def show_task(task: asyncio.Task) -> str:
    text = repr(task)
    return text[:text.index(' running at ')] + '>>'


async def supervisor() -> int:
    spinner = asyncio.create_task(spin('thinking!'))
    print(f'spinner object: {show_task(spinner)}')
    result = await slow()
    spinner.cancel()
    return result


def main() -> None:
    result = asyncio.run(supervisor())
    print(f'Answer: {result}')


# spinner_async_experiment.py: slow() blocks the event loop with time.sleep,
# so the spinner task is cancelled before it ever gets to run.
async def slow_blocking() -> int:
    time.sleep(.1)
    return 42


async def supervisor_experiment() -> int:
    spinner = asyncio.create_task(spin('thinking!'))
    print(f'spinner object: {show_task(spinner)}')
    print('Answer:', await slow_blocking())
    spinner.cancel()
    await asyncio.sleep(0)
    print(f'spinner cancelled: {spinner.cancelled()}')
    return 42


if __name__ == '__main__':
    main()
    asyncio.run(supervisor_experiment())
