from typing import (Any, AsyncGenerator, AsyncIterable, AsyncIterator, Callable, Dict,
                    Iterator, List, Optional, Tuple, Union)


def first(xs: List[int], default: Optional[int] = None) -> Optional[int]:
    return xs[0] if xs else default


def apply(f: Callable[[int], int], x: int) -> int:
    return f(x)


def pairs(d: Dict[str, int]) -> List[Tuple[str, int]]:
    return sorted(d.items())


def count_up(n: int) -> Iterator[int]:
    yield from range(n)


def describe(v: Union[int, str, Any]) -> str:
    return type(v).__name__


async def agen() -> AsyncGenerator[int, None]:
    yield 1

stream: AsyncIterator[int]
source: AsyncIterable[str]

print(first([3, 4]), first([]), first([], 9))
print(apply(lambda v: v * 2, 21))
print(pairs({"b": 2, "a": 1}))
print(list(count_up(4)))
print(describe(1), describe("s"), describe(None))
print(sorted(first.__annotations__))
