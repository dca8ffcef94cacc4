# Cancelling a task while it is in an async context manager's __aexit__.
import asyncio

class Slow:
    def __init__(self, log):
        self.log = log
    async def __aenter__(self):
        self.log.append("enter")
        return self
    async def __aexit__(self, et, ev, tb):
        self.log.append(f"exit start {et.__name__ if et else None}")
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            self.log.append("exit cancelled")
            raise
        self.log.append("exit end")
        return False

class Suppressing(Slow):
    async def __aexit__(self, et, ev, tb):
        self.log.append(f"exit start {et.__name__ if et else None}")
        await asyncio.sleep(0.01)
        self.log.append("exit end")
        return True  # swallows the CancelledError

async def body(cm_cls, log, raise_in_body):
    async with cm_cls(log):
        if raise_in_body:
            raise KeyError("k")
        await asyncio.sleep(10)
    log.append("after with")
    return "done"

async def main():
    for cm_cls, raise_in_body, cancels in [(Slow, False, 2), (Slow, True, 1), (Suppressing, False, 1)]:
        log = []
        t = asyncio.create_task(body(cm_cls, log, raise_in_body))
        for _ in range(cancels):
            await asyncio.sleep(0.01)
            t.cancel()
        try:
            print(cm_cls.__name__, "result", await t)
        except asyncio.CancelledError:
            print(cm_cls.__name__, "cancelled")
        except KeyError as e:
            print(cm_cls.__name__, "KeyError", e)
        print(log)
    # asyncio.timeout around an async with whose exit is slow.
    log = []
    try:
        async with asyncio.timeout(0.02):
            async with Slow(log):
                pass
    except TimeoutError:
        print("timeout in __aexit__", log)

asyncio.run(main())
