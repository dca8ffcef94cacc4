# __aiter__ returning something without __anext__
class BadIter:
    def __aiter__(self):
        return [1, 2, 3]

class BadIter2:
    def __aiter__(self):
        return 42

class Plain:
    pass

class BadIter3:
    def __aiter__(self):
        return Plain()

for cls in (BadIter, BadIter2, BadIter3):
    try:
        aiter(cls())
    except TypeError as e:
        print(cls.__name__, "->", e)
