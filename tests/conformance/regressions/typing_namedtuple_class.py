from typing import NamedTuple
class Emp(NamedTuple):
    name: str
    dept: str = "eng"
    def greet(self):
        return f"hi {self.name}"
e = Emp("ann")
print(e, e.greet(), e._asdict(), e == ("ann", "eng"), Emp._fields)
P = NamedTuple("P", [("x", int), ("y", int)])
print(P(1, 2))
