# Every callable has __call__ (duck-typing checks rely on it): functions,
# lambdas, builtins, bound methods and classes (through their metaclass).
def f(*args, **kwargs):
    return args, kwargs


class Greeter:
    def hello(self, name):
        return "hello " + name


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


class CallableObj:
    def __call__(self, x):
        return x * 2


things = [f, lambda: 0, len, print, Greeter().hello, Greeter, int, WithMeta,
          CallableObj(), 1, "s", [], None]
for t in things:
    print(type(t).__name__, hasattr(t, "__call__"), callable(t))

print(f.__call__(1, 2, key="v"))
print(len.__call__([1, 2, 3]), int.__call__("42"), Greeter().hello.__call__("ann"))
print(type(f).__call__, type(len).__call__)
print(callable(Greeter.__call__), callable(f.__call__))
print(CallableObj().__call__(21), type(WithMeta.__call__()).__name__)
print(sorted(n for n in dir(f) if n == "__call__"))
try:
    (1).__call__
except AttributeError as e:
    print("AttributeError:", e)
