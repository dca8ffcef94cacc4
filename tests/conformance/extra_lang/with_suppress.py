class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, et, ev, tb):
        print("exit", et.__name__ if et else None, ev)
        return et is not None and issubclass(et, self.types)

with Suppress(KeyError) as s:
    print(type(s).__name__)
    {}["x"]
print("after suppressed")
with Suppress(KeyError):
    print("no error")
try:
    with Suppress(KeyError):
        raise ValueError("passes through")
except ValueError as e:
    print("outer caught", e)
from contextlib import suppress
with suppress(ZeroDivisionError):
    1 / 0
print("contextlib ok")
