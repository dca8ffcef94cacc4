import collections
import collections.abc

def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a!r}"
        case [a, b] if a == b:
            return f"pair of {a!r}"
        case (a, b):
            return f"two {a!r} {b!r}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long {first} {middle} {last}"
        case [first, *_, last]:
            return f"ends {first} {last}"

for v in [[], (), [1], (2,), [3, 3], (4, 5), [1, 2, 3], list(range(6)), "ab", b"ab",
          range(3), range(0), collections.deque([7, 8]), {1: 2}, {1, 2}, 5,
          ]:
    print(repr(v), seq(v))

# Star positions and what the star binds (always a list).
for v in [(1,), (1, 2), (1, 2, 3, 4), range(5)]:
    match v:
        case [*rest]:
            print("all", rest, type(rest).__name__)
    match v:
        case [*head, tail]:
            print("head", head, "tail", tail)
        case _:
            print("no head/tail")
    match v:
        case [a, *_]:
            print("first", a)

# Nested sequences, mixing list and tuple syntax.
match [(1, 2), [3, [4, 5]]]:
    case [(a, b), [c, [d, e]]]:
        print(a, b, c, d, e)

# Parenthesised single pattern is a group, not a tuple.
match 5:
    case (x):
        print("group", x)
match (5,):
    case (x,):
        print("1-tuple", x)

# Top-level open sequence pattern in a case.
match (1, 2, 3):
    case 1, *rest:
        print("open", rest)
match [1, 2]:
    case a, b,:
        print("trailing comma", a, b)

# str/bytes/bytearray are not sequences for matching.
for v in ["", "abc", b""]:
    match v:
        case [*_]:
            print("sequence", repr(v))
        case _:
            print("not a sequence", repr(v))

# A user sequence: subclasses of list/tuple, and collections.abc.Sequence.
class MyList(list):
    pass

class Seq(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = items
    def __len__(self):
        print("  len")
        return len(self.items)
    def __getitem__(self, i):
        print("  getitem", i)
        return self.items[i]

match MyList([1, 2]):
    case [a, b]:
        print("MyList", a, b)
match Seq(1, 2, 3):
    case [a, b, c]:
        print("Seq", a, b, c)
match Seq(1, 2, 3, 4):
    case [a, *_, d]:
        print("Seq star wildcard", a, d)
match Seq(1, 2):
    case [_, _]:
        print("Seq all wildcards")
match Seq(1, 2):
    case [_, _, _]:
        print("no")
    case _:
        print("length mismatch")

class Registered:
    def __len__(self):
        return 1
    def __getitem__(self, i):
        if i == 0:
            return "r"
        raise IndexError(i)
collections.abc.Sequence.register(Registered)
match Registered():
    case [x]:
        print("registered", x)

# A dict is not a sequence, even with a matching length.
match {0: "a"}:
    case [x]:
        print("dict as seq?!")
    case _:
        print("dict is not a sequence")
