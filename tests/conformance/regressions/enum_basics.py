from enum import Enum, IntEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    def describe(self):
        return f"{self.name} is {self.value}"
print(Color.RED, repr(Color.GREEN), Color.RED.name, Color.BLUE.value, Color(2), Color["BLUE"])
print(list(Color), len(Color), Color.RED in Color, Color.RED is Color(1), Color.RED == Color.RED, Color.RED == 1)
print(Color.GREEN.describe(), type(Color.RED).__name__, isinstance(Color.RED, Color), repr(Color))
for c in Color:
    print(c.name, c.value)
try:
    Color(7)
except ValueError as e:
    print(e)
class Status(Enum):
    PENDING = auto()
    DONE = auto()
print(Status.PENDING.value, Status.DONE.value, [s.name for s in Status])
class Prio(IntEnum):
    LOW = 1
    HIGH = 3
print(Prio.HIGH > Prio.LOW, Prio.LOW == 1, sorted([Prio.HIGH, Prio.LOW]), Prio.HIGH + 1, f"{Prio.LOW}")
d = {Color.RED: "stop", Color.GREEN: "go"}
print(d[Color.GREEN], Color.__members__.keys())
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
print(f"{Color.RED}", f"{Color.RED:>12}|")
