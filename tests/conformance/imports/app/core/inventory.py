from .models import Item
from ..util.fmt import money, table
from ..util import fmt as _fmt


class OutOfStock(Exception):
    pass


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, price_cents, quantity):
        item = self.items.get(name)
        if item is None:
            item = self.items[name] = Item(name, price_cents)
        item.quantity += quantity
        return item

    def take(self, name, quantity):
        item = self.items[name]
        if item.quantity < quantity:
            raise OutOfStock(f'only {item.quantity} {name} left')
        item.quantity -= quantity

    def report(self):
        rows = [(i.name, i.quantity, money(i.total_cents)) for i in self.items.values()]
        total = sum(i.total_cents for i in self.items.values())
        return table(rows) + '\n' + _fmt.RULE + '\n' + f'total {money(total)}'
