class Point:
    __match_args__ = ("x", 1)
    x = 0
match Point():
    case Point(a, b):
        pass
