import functools


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper


@logged
def add(a, b):
    """Add two numbers."""
    return a + b


print(add(2, 3))
print(add.__name__, add.__doc__)
print(functools.reduce(lambda acc, x: acc * x, [1, 2, 3, 4, 5]))
print(functools.reduce(lambda acc, x: acc + x, [], 100))
print(functools.reduce(max, [3, 9, 2]))
