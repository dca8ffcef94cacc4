class Point:
    __match_args__ = ("x",)
    x = 1
    y = 2
match Point():
    case Point(a):
        print("one is fine", a)
match Point():
    case Point(a, b):
        pass
