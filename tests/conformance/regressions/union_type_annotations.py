from typing import Optional
def f(x: int | None = None, y: "str | None" = None) -> list[int] | None:
    return x
print(f(3), f.__annotations__["x"], int | str, isinstance(3, int | str), isinstance("a", int | None), (int | None) == (None | int))
print(type(int | str).__name__, str | None | int)
