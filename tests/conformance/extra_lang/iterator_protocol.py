class Countdown:
    def __init__(self, start):
        self.cur = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.cur <= 0:
            raise StopIteration
        self.cur -= 1
        return self.cur + 1

class Bag:
    def __init__(self, *items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __iter__(self):
        return iter(self.items)

print(list(Countdown(3)))
for v in Countdown(2):
    print("tick", v)
b = Bag(1, 2, 3)
print(len(b), bool(b), bool(Bag()), sum(b), max(b))
print(list(zip(Bag("a", "b"), Countdown(5))))
