match (1, 2):
    case (x, {"k": x}):
        pass
