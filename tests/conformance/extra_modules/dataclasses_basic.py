from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)


a = Item("pen")
b = Item("book", 12.5, ["paper"])
print(a)
print(b)
a.tags.append("ink")
print(Item("pen").tags, a.tags)
print(a == Item("pen", 0.0, ["ink"]))
print(a == b)
