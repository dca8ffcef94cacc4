class Point:
    __match_args__ = ("x",)
    x = 0
match Point():
    case Point(a, x=b):
        pass
