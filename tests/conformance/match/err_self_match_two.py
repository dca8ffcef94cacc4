match 1:
    case int(a):
        print(a)
match 1:
    case int(a, b):
        pass
