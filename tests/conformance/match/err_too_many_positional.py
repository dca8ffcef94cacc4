class Point:
    def __init__(self):
        self.x = 1
match Point():
    case Point(x=1):
        print("keywords are fine")
match Point():
    case Point(1):
        pass
