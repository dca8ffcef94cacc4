from enum import Enum, IntEnum, StrEnum, auto, unique


class Color(str, Enum):
    RED = "red"
    GREEN = "green"


print(Color.RED, repr(Color.RED), Color.RED.value, Color.RED == "red", Color("green"))
print(f"{Color.RED}", Color.RED.upper(), isinstance(Color.RED, str), len(Color.GREEN))
print(sorted(Color), {Color.RED: 1}["red"], "red" in {Color.RED})
print(Color.RED.name, Color["GREEN"], list(Color.__members__))


class Prio(IntEnum):
    LOW = 1
    MID = auto()
    HIGH = 5


print(Prio.LOW < Prio.HIGH, Prio.HIGH + 1, Prio(2), repr(Prio.MID), sorted([Prio.HIGH, Prio.LOW]))
print(Prio.LOW == 1, isinstance(Prio.LOW, int), int(Prio.HIGH), f"{Prio.HIGH:>4}|", str(Prio.MID))
print([10, 20, 30, 40, 50, 60][Prio.HIGH], hash(Prio.LOW) == hash(1), Prio.LOW * 3, max(Prio))


class Mode(StrEnum):
    READ = "r"
    WRITE = "w"


print(Mode.READ, repr(Mode.WRITE), Mode.READ + "b", f"{Mode.WRITE}", Mode("r") is Mode.READ)


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3))
print(Planet((3.303e23, 2.4397e6)))


class Point(tuple, Enum):
    ORIGIN = (0, 0)
    UNIT = (1, 1)


print(Point.UNIT, Point.UNIT[0], Point.ORIGIN.value, len(Point.UNIT))


class Status(Enum):
    ACTIVE = 1
    INACTIVE = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Status("active"), Status(2))
try:
    Status(99)
except ValueError as e:
    print("ValueError", e)


class Weekday(IntEnum):
    MON = 1
    TUE = 2
    ALIAS = 1


print(list(Weekday), Weekday.ALIAS is Weekday.MON, Weekday(1).name)
try:
    unique(Weekday)
except ValueError as e:
    print("ValueError", e)
try:
    Prio(7)
except ValueError as e:
    print("ValueError", e)
