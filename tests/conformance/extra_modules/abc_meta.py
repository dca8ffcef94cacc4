# abc.ABCMeta: abstract methods block instantiation, register() makes
# virtual subclasses, __subclasshook__ decides, caches follow register().
from abc import ABC, ABCMeta, abstractmethod, get_cache_token


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @property
    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return f"{self.name} of area {self.area()}"


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    @property
    def name(self):
        return "square"


class Half(Shape):
    def area(self):
        return 0


for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
print(Square(3).describe(), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)


class Plugin(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Plugin:
            return hasattr(C, "run") or NotImplemented
        return NotImplemented


class Runner:
    def run(self):
        return "ran"


class Other:
    pass


print(issubclass(Runner, Plugin), isinstance(Runner(), Plugin), issubclass(Other, Plugin))
token = get_cache_token()
Plugin.register(Other)
print(issubclass(Other, Plugin), isinstance(Other(), Plugin), get_cache_token() != token)
print(Plugin.register(int) is int, isinstance(3, Plugin), isinstance("s", Plugin))
print(isinstance(3, (str, Plugin)), issubclass(bool, (Plugin,)))

try:
    Plugin.register(3)
except TypeError as e:
    print(e)


class Base(ABC):
    pass


class Child(Base):
    pass


Base.register(str)
print(issubclass(Child, Base), issubclass(str, Base), issubclass(str, Child), isinstance(Child(), Base))
try:
    Child.register(Base)
except RuntimeError as e:
    print(e)
print(type(Base).__name__, Base.__mro__[-2].__name__)
