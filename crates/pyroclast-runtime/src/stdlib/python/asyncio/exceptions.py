# Part of asyncio written in Python on top of the Rust core (event loop,
# Future, Task, sleep), following CPython 3.11's asyncio/exceptions.py, so that
# callbacks and tasks run in CPython's order. All parts share the asyncio
# namespace; while one runs, __name__ is its submodule's name.

class InvalidStateError(Exception):
    __module__ = 'asyncio.exceptions'
