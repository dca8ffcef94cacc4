class Bad:
    def __eq__(self, other):
        raise RuntimeError("no comparing")
class C:
    bad = Bad()
match 1:
    case C.bad:
        pass
