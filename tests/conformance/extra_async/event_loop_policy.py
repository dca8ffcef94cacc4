# Event loop policies: the default one, set_event_loop_policy(None) giving a
# fresh default, custom policies seen by the module-level loop functions.
import asyncio
p = asyncio.get_event_loop_policy()
print(type(p).__name__, [c.__name__ for c in type(p).__mro__], isinstance(p, asyncio.AbstractEventLoopPolicy))
asyncio.set_event_loop_policy(None)
print(asyncio.get_event_loop_policy() is p)
try:
    asyncio.set_event_loop_policy(3)
except TypeError as e:
    print(e)
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)
asyncio.set_event_loop_policy(None)
other = asyncio.get_event_loop()
print(other is loop)
loop.close(); other.close()

class Counting(asyncio.DefaultEventLoopPolicy):
    made = 0
    def new_event_loop(self):
        Counting.made += 1
        return super().new_event_loop()

asyncio.set_event_loop_policy(Counting())
l2 = asyncio.new_event_loop()
print(Counting.made, l2.run_until_complete(asyncio.sleep(0, "ok")))
l2.close()
asyncio.set_event_loop_policy(None)
print(asyncio.run(asyncio.sleep(0, "run")))
