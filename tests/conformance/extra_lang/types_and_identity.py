print(type(1), type("s"), type([]), type(None), type(len))
print(type(1.0), type({}), type(()), type(set()), type(True))
class C:
    pass
print(type(C()).__name__, type(C).__name__)
print(isinstance(1, (str, int)), isinstance(True, int), isinstance(1, (str, float)))
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, id(a) == id(b), id(a) == id(c))
print(None is None, hash((1, 2)) == hash((1, 2)), (1, 2) == (1, 2))
print(hash(1) == hash(1.0), 1 == 1.0, {1: "a"}[1.0])
obj = C()
obj.x = 1
obj.y = "two"
print(vars(obj), obj.__dict__ is vars(obj))
obj.__dict__["z"] = 3
print(obj.z, sorted(vars(obj)))
