# asyncio.run returns whatever the coroutine returns; run can be called repeatedly
import asyncio

async def give(v):
    await asyncio.sleep(0)
    return v

print(asyncio.run(give(42)))
print(asyncio.run(give(None)))
print(asyncio.run(give([1, (2, 3)])))
print(asyncio.run(give({"k": "v"})))
try:
    asyncio.run([1, 2])
except ValueError as e:
    print("ValueError:", e)
try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError:", e)
print("end")
