class Key:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __eq__(self, other):
        return isinstance(other, Key) and (self.a, self.b) == (other.a, other.b)

    def __hash__(self):
        return hash((self.a, self.b))

    def __repr__(self):
        return f"Key({self.a}, {self.b})"

s = {Key(1, 2), Key(1, 2), Key(2, 1)}
print(len(s), Key(1, 2) in s)
d = {Key(0, 0): "origin"}
print(d[Key(0, 0)])
print(Key(1, 1) == Key(1, 1), Key(1, 1) != Key(1, 2), Key(1, 1) == (1, 1))

class NoHash:
    def __eq__(self, other):
        return True

print(NoHash.__hash__ is None)
try:
    {NoHash()}
except TypeError as e:
    print("TypeError:", e)
