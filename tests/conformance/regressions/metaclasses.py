class Registry(type):
    classes = []
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        mcs.classes.append(name)
        return cls
    def __iter__(cls):
        return iter(cls.items)
    def __len__(cls):
        return len(cls.items)
    def __getitem__(cls, i):
        return cls.items[i]
    def describe(cls):
        return f"class {cls.__name__}"
class Base(metaclass=Registry):
    items = [1, 2]
class Child(Base):
    items = [3]
print(Registry.classes, list(Base), len(Child), Base[1], Child.describe(), type(Child).__name__, isinstance(Child, Registry))
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, v=0):
        print("init", v)
        self.v = v
a = Config(1); b = Config(2)
print(a is b, a.v)
Dyn = Registry("Dyn", (), {"items": [7, 8, 9]})
print(len(Dyn), Registry.classes)
