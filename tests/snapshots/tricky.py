@decorator(arg=1)
async def fetch(a, /, b: int = 2, *args, key, **kw) -> list:
    """Doc."""
    global counter
    async with lock as (x, y), other:
        async for item in aiter(source):
            if (n := len(item)) > 10 and not item:
                continue
            result = [await g(v) async for v in item if v % 2]
    values = {k: v for k, v in pairs}, {*a, *b}, {**d, 'k': 1}
    first, *rest = data[1:-1:2, ::3]
    x = lambda q=1, *r, s, **t: q if r else s
    y = f"{x!r:>{width}} {y=} {{lit}}" 'tail' r'\d'
    try:
        raise ValueError("bad") from None
    except* (TypeError, KeyError) as eg:
        pass
    finally:
        del x[0], y.attr
    return -2 ** -1 // 3 @ m
