class Base:
    def __init__(self, name):
        print("Base init", name)
        self.name = name

class Mid(Base):
    def __init__(self, name, level):
        print("Mid init", level)
        super().__init__(name)
        self.level = level

class Leaf(Mid):
    def __init__(self):
        print("Leaf init")
        super().__init__("leaf", 3)

obj = Leaf()
print(obj.name, obj.level)
print(type(obj).__name__, type(obj).__bases__[0].__name__)
