# Found by fuzzing (eval_source) and a sweep over every builtin callable:
# a builtin method called through its type without an instance, or
# object's slot methods called with too few arguments, must raise
# TypeError (they crashed the interpreter).
import itertools
import types


async def agen():
    yield 1


cases = [
    lambda: object.__eq__(),
    lambda: object.__ne__(),
    lambda: object.__repr__(),
    lambda: object.__str__(),
    lambda: object.__hash__(),
    lambda: object().__eq__(),
    lambda: object().__ne__(),
    lambda: object().__repr__(1),
    lambda: agen().__eq__(),
    lambda: types.AsyncGeneratorType.asend(),
    lambda: types.AsyncGeneratorType.__anext__(),
    lambda: types.GeneratorType.__iter__(),
    lambda: types.CoroutineType.__await__(),
    lambda: itertools.product.__new__(),
    lambda: itertools.zip_longest.__new__(),
    lambda: str.maketrans(),
    lambda: list.append(),
    lambda: dict.get(),
]
for i, f in enumerate(cases):
    try:
        f()
        print(i, "no error")
    except TypeError as e:
        print(i, "TypeError:", e)
