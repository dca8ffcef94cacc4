# contextvars: variables, tokens, contexts; every asyncio task runs in a
# copy of the context it was created in.
import asyncio
import contextvars
from contextvars import ContextVar, copy_context

request_id = ContextVar("request_id", default="-")
user = ContextVar("user")

print(request_id.name, request_id.get(), user.get("nobody"))
try:
    user.get()
except LookupError as e:
    print("LookupError", type(e).__name__, str(e).startswith("<ContextVar name='user'"))

token = user.set("alice")
print(user.get(), token.var is user, token.old_value is contextvars.Token.MISSING, repr(token.old_value))
token2 = user.set("bob")
print(user.get(), token2.old_value)
user.reset(token2)
print(user.get())
try:
    user.reset(token2)
except RuntimeError as e:
    print("RuntimeError", "has already been used once" in str(e))
try:
    request_id.reset(token)
except ValueError as e:
    print("ValueError", "different ContextVar" in str(e))

ctx = copy_context()
print(type(ctx).__name__, user in ctx, ctx[user], ctx.get(request_id, "absent"), len(ctx))
print(sorted(v.name for v in ctx), list(ctx.values()))


def change(value):
    user.set(value)
    return user.get()


print(ctx.run(change, "carol"), user.get(), ctx[user])
try:
    ctx.run(ctx.run, change, "dave")
except RuntimeError as e:
    print("RuntimeError", "already entered" in str(e))
empty = contextvars.Context()
print(len(empty), empty.run(user.get, "default-in-empty"))


async def handle(n, log):
    request_id.set(f"req-{n}")
    await asyncio.sleep(0.01 * (3 - n))
    log.append((n, request_id.get(), user.get()))
    return request_id.get()


async def child():
    return user.get()


async def main():
    log = []
    user.set("server")
    results = await asyncio.gather(*(handle(n, log) for n in range(3)))
    print(results, sorted(log), request_id.get())
    user.set("parent")
    t = asyncio.create_task(child())
    user.set("changed after create_task")
    print(await t)
    other = copy_context()
    other.run(user.set, "in other context")
    print(await asyncio.create_task(child(), context=other))
    async with asyncio.TaskGroup() as tg:
        t2 = tg.create_task(child())
    print(t2.result())


asyncio.run(main())
print(user.get(), request_id.get())
