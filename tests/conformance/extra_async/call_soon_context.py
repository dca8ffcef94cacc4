# Loop callbacks run in a copy of the context current when they were
# scheduled, or in the context= given.
import asyncio, contextvars
v = contextvars.ContextVar("v", default="outer")
def show(tag):
    print(tag, v.get())
async def main():
    loop = asyncio.get_running_loop()
    v.set("task")
    loop.call_soon(show, "soon")
    ctx = contextvars.copy_context()
    ctx.run(v.set, "ctx")
    loop.call_soon(show, "explicit", context=ctx)
    loop.call_later(0.01, show, "later")
    v.set("changed")
    await asyncio.sleep(0.02)
asyncio.run(main())
show("main")
