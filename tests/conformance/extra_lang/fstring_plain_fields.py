# f-string fields with no format spec: str and int values are written as
# they are; every other value goes through format(); conversions apply.
class S(str):
    def __format__(self, spec):
        return "S-format"

    def __str__(self):
        return "S-str"


class I(int):
    def __format__(self, spec):
        return "I-format"


name, n, big, neg = "ada", 42, 2**70, -7
print(f"{name}{n}|{big}|{neg}|{True}|{None}|{1.5}|{-0.0}|{1e300}")
print(f"{S('x')}|{S('x')!s}|{S('x')!r}|{I(5)}|{I(5)!s}|{I(5)!r}")
print(f"{name!s}{n!s}{name!r}{n!r}{'é'!a}")
print(f"{''}{0}{''}", len(f"{name * 1000}{n}"))
print(f"{name:>5}|{n:05d}|{n!s:>4}|{name!r:>7}")
