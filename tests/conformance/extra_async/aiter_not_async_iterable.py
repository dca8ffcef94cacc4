# aiter() on objects lacking __aiter__
for obj in ([1, 2], 5, "abc", None):
    try:
        aiter(obj)
    except TypeError as e:
        print("TypeError:", e)

class OnlyNext:
    async def __anext__(self):
        return 1

try:
    aiter(OnlyNext())
except TypeError as e:
    print("TypeError:", e)
