class Point:
    pass
match Point():
    case Point(x=1, y):
        pass
