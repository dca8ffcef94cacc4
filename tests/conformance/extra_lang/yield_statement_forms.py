# `yield x` as a statement in every block shape: loop bodies of one and of
# several statements, if/else arms, try/finally, while, the function body
# itself; values sent to a statement yield are dropped, throw() lands on
# the yield's line, the frame's line follows each suspension.
import sys
import traceback


def one_stmt_loop(n):
    for i in range(n):
        yield i


def several_stmts(n):
    for i in range(n):
        k = i * 2
        yield k
        yield
        k += 1


def in_if(xs):
    for x in xs:
        if x % 2:
            yield x
        else:
            yield -x


def in_while(n):
    while n:
        yield n
        n -= 1


def body_only():
    yield "a"
    yield "b"
    yield


def in_try():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")


def lines():
    yield 1
    yield 2
    yield 3


def thrower():
    for i in range(3):
        yield i


def side_effects(log):
    for i in range(3):
        yield log.append(i) or i


print(list(one_stmt_loop(5)))
print(list(several_stmts(3)))
print(list(in_if(range(6))))
print(list(in_while(4)))
print(list(body_only()))

g = in_try()
print(next(g), next(g))
g.close()

g = lines()
for _ in range(3):
    next(g)
    print("suspended at line offset", g.gi_frame.f_lineno - lines.__code__.co_firstlineno)

g = one_stmt_loop(3)
print(next(g), g.send("ignored"), g.send(None))

g = thrower()
next(g)
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print(type(e).__name__, e, [f.name for f in tb], tb[-1].line)

log = []
print(list(side_effects(log)), log)


def gen_raises_in_operand():
    for d in (1, 0, 2):
        yield 10 // d


g = gen_raises_in_operand()
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print("ZeroDivisionError", traceback.extract_tb(e.__traceback__)[-1].line)
print(list(g))


# Async generators: the same statement forms, driven by async for and by
# asend/athrow.
import asyncio


async def agen_one(n):
    for i in range(n):
        yield i


async def agen_several(n):
    async for x in agen_one(n):
        y = x + 100
        yield y
        yield


async def agen_if(n):
    async for x in agen_one(n):
        if x % 3 == 0:
            yield x


async def agen_try():
    try:
        yield "start"
        await asyncio.sleep(0)
        yield "after sleep"
    finally:
        print("agen finally")


async def main():
    print([x async for x in agen_one(4)])
    print([x async for x in agen_several(3)])
    print([x async for x in agen_if(10)])
    g = agen_try()
    print(await g.__anext__(), await g.asend("dropped"))
    await g.aclose()
    g = agen_one(5)
    print(await g.__anext__())
    try:
        await g.athrow(KeyError("k"))
    except KeyError as e:
        print("KeyError", traceback.extract_tb(e.__traceback__)[-1].line)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")


asyncio.run(main())
print(sys.getrecursionlimit() > 0)


# `if` statements in suspending blocks: the test raising, elif chains,
# an empty else, the frame's line at the test.
def if_chain(xs):
    for x in xs:
        if x == 0:
            yield "zero"
        elif 1 / x > 0.4:
            yield "big"
        else:
            pass
        if x:
            yield x


print(list(if_chain([0, 1, 2, 3])))
g = if_chain([5, "s"])
print(next(g))
try:
    list(g)
except TypeError as e:
    tb = traceback.extract_tb(e.__traceback__)
    print("TypeError", tb[-1].name, tb[-1].line)


async def agen_if_chain(n):
    for i in range(n):
        if i % 3 == 0:
            yield ("fizz", i)
        elif i % 3 == 1:
            await asyncio.sleep(0)
            yield ("slept", i)
        if i == 4:
            return


async def main2():
    print([x async for x in agen_if_chain(10)])


asyncio.run(main2())
