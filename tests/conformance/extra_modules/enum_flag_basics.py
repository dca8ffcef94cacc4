from enum import Flag, IntFlag, auto, Enum
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(list(Color), len(Color), Color.__members__)
p = Color.RED | Color.BLUE
print(repr(p), str(p), p.name, p.value, format(p), f"{p}", bool(p), bool(Color(0)))
print(repr(Color(0)), str(Color(0)), Color(0).name)
print(repr(~Color.RED), repr(~Color.WHITE), repr(Color.WHITE), list(Color.WHITE), len(Color.WHITE))
print(Color.RED in p, Color.GREEN in p, p & Color.RED, p ^ Color.WHITE)
try: Color(8)
except ValueError as e: print(repr(e))
try: Color.RED | 1
except TypeError as e: print(e)
rw = Perm.R | Perm.W
print(repr(rw), str(rw), format(rw), f"{rw:>5}", rw + 1, rw == 6, isinstance(rw, int))
print(repr(Perm(8)), repr(Perm(12)), repr(~Perm.R), repr(Perm.R | 8), repr(Perm(0)), str(Perm(0)))
print(repr(Perm.R & 6), repr(6 | Perm.X), Perm.R in rw, hash(Perm.R) == hash(4))
print(Color(5), Color(7), Color['RED'], Color.RED is Color(1))
print(repr(Color(3)), Color(3) is Color(3))
print(list(Perm), list(rw), Perm(7).name, repr(~rw))
class Pure(Flag):
    A = 1
    B = 2
    AB = 3
    C = 8
print(list(Pure), repr(Pure.AB), repr(Pure(11)), repr(~Pure.A))
print(Pure.A < Pure.B if False else 'skip')
print(rw < 7)
from enum import FlagBoundary, STRICT, CONFORM, EJECT, KEEP
class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 4
class Eject(Flag, boundary=EJECT):
    A = 1
    B = 4
print(repr(Conform(7)), repr(Eject(7)), type(Eject(7)).__name__, repr(Eject(5)))
print(Color._boundary_, Perm._boundary_, Conform._boundary_, FlagBoundary.KEEP, list(FlagBoundary))
print(repr(Color), repr(Perm), Color.RED | Color.GREEN in Color, Color.RED in Color)
try: Color.RED in Perm.R
except TypeError as e: print(e)
try: Color('red')
except ValueError as e: print(e)
class Opt(Flag):
    NONE = 0
    A = auto()
    B = auto()
    BOTH = A | B
print(list(Opt), Opt.NONE, repr(Opt(0)), Opt(3) is Opt.BOTH, Opt.BOTH.name, [m.name for m in Opt.BOTH])
print(Opt.__members__.keys(), repr(~Opt.A), repr(~Opt.NONE), len(Opt.NONE))
