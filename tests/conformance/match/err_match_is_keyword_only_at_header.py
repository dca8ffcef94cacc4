match = 1
print(match)
match match:
    case 1:
        print("match matched itself")
match x y:
    case 1:
        pass
