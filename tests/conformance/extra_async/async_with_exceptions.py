# async with: __aexit__ args, suppression, and exception in __aexit__
import asyncio

class CM:
    def __init__(self, name, suppress=False, fail_exit=False):
        self.name, self.suppress, self.fail_exit = name, suppress, fail_exit
    async def __aenter__(self):
        await asyncio.sleep(0)
        print("enter", self.name)
        return self.name.upper()
    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        if self.fail_exit:
            raise RuntimeError("exit failed")
        return self.suppress

async def main():
    async with CM("a") as a, CM("b") as b:
        print("body", a, b)
    async with CM("s", suppress=True):
        raise ValueError("suppressed")
    print("after suppressed")
    try:
        async with CM("f", fail_exit=True):
            raise KeyError("original")
    except RuntimeError as e:
        print("RuntimeError", e, "context:", repr(e.__context__))
    try:
        async with CM("outer"), CM("inner", suppress=True):
            raise IndexError("x")
        print("inner suppressed it")
    except IndexError:
        print("not reached")

asyncio.run(main())
