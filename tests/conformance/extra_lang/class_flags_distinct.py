# Class flags are independent: defining __getattribute__ does not make a
# class a sequence for `match`, and a sequence class's attributes are
# looked up normally.
import collections.abc


class Hooked:
    def __getattribute__(self, name):
        return object.__getattribute__(self, name)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i > 5:
            raise IndexError(i)
        return i


for subject in [Hooked(), [1, 2], (3, 4), {"k": 1}]:
    match subject:
        case [a, b]:
            print("sequence", a, b)
        case {"k": v}:
            print("mapping", v)
        case _:
            print("neither", type(subject).__name__)


class Seq(collections.abc.Sequence):
    def __init__(self):
        self.items = [7, 8]

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]


s = Seq()
match s:
    case [x, y]:
        print("Seq matched", x, y, s.items)


class Loud(list):
    def __getattribute__(self, name):
        if name == "extra":
            return "hooked extra"
        return super().__getattribute__(name)


l = Loud([1, 2])
print(l.extra, l.count(1))
match l:
    case [p, q]:
        print("Loud matched", p, q)
