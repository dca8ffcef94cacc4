from dataclasses import dataclass, FrozenInstanceError


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0


@dataclass(frozen=True)
class Coord:
    x: int
    y: int


vs = [Version(2, 1), Version(1, 9), Version(2, 0)]
print(sorted(vs))
print(Version(1) < Version(1, 1), max(vs))
c = Coord(1, 2)
print(c, hash(c) == hash(Coord(1, 2)))
try:
    c.x = 5
except FrozenInstanceError as e:
    print("frozen:", e)
print({Coord(0, 0): "origin"}[Coord(0, 0)])
