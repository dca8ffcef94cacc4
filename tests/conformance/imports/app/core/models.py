from dataclasses import dataclass


@dataclass
class Item:
    name: str
    price_cents: int
    quantity: int = 0

    @property
    def total_cents(self):
        return self.price_cents * self.quantity
