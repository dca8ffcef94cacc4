def point():
    pass
match 1:
    case point():
        pass
