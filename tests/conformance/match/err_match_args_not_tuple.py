class Point:
    __match_args__ = ["x", "y"]
match Point():
    case Point():
        print("no positional patterns: __match_args__ unused")
match 0:
    case Point(a):
        print("not an instance: __match_args__ unused")
    case _:
        pass
match Point():
    case Point(a):
        pass
