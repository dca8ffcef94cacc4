class Empty:
    def __len__(self):
        return 0

class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on

    def __len__(self):
        return 99

class Plain:
    pass

print(bool(Empty()), bool(Flag(True)), bool(Flag(False)), bool(Plain()))
if not Empty():
    print("empty is falsy")
print(Flag(False) or "fallback")
print(len(Flag(False)))
print([x for x in [Empty(), Flag(True), 0, "", "s"] if x].__len__())
