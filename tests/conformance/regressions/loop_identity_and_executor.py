# get_running_loop() is one object; run_in_executor returns a pending future.
# (The job prints nothing: under CPython it runs on a worker thread, and its
# output would interleave with the loop's at random.)
import asyncio


def job(x):
    return x * 2


async def main():
    loop = asyncio.get_running_loop()
    print(loop is asyncio.get_running_loop())
    fut = loop.run_in_executor(None, job, 21)
    print("submitted", fut.done())
    print(await fut)
    f = asyncio.Future()
    f.set_result("made directly")
    print(await f, f.get_loop() is loop)
    try:
        loop.call_soon(print, "x", sep="-")
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
