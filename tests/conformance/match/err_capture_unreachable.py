print("never printed: the whole file is rejected")
def f(x):
    match x:
        case [1]:
            return 1
        case other:
            return other
        case 2:
            return 2
