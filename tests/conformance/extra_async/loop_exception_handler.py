# The loop's error handling API: set/get/call_exception_handler, the
# context a failing callback produces, a handler that fails.
import asyncio


def describe(context):
    parts = [context["message"].split(" at ")[0]]
    if "exception" in context:
        parts.append(repr(context["exception"]))
    for key in ("task", "future", "handle"):
        if key in context:
            parts.append(f"{key}={type(context[key]).__name__}")
    return " | ".join(parts)


def handler(loop, context):
    print("handler:", describe(context))


def bad_callback(x):
    raise ZeroDivisionError(f"from a callback {x}")


async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback, 1)
    await asyncio.sleep(0)
    print("still running")
    loop.call_exception_handler({"message": "custom", "exception": ValueError("v")})
    loop.call_exception_handler({"message": "no exception"})
    try:
        loop.set_exception_handler(42)
    except TypeError as e:
        print("TypeError:", e)

    def broken(loop, context):
        raise RuntimeError("handler broke")

    loop.set_exception_handler(broken)
    loop.call_exception_handler({"message": "into a broken handler"})
    loop.set_exception_handler(None)
    print("done")


asyncio.run(main())
