# Class attribute lookups stay right when classes change under them.

class Base:
    def greet(self):
        return "base"


class Child(Base):
    pass


c = Child()
for _ in range(3):
    print(c.greet())

# A subclass gains an override, then loses it again.
Child.greet = lambda self: "child"
print(c.greet())
del Child.greet
print(c.greet())

# A name missing everywhere, then added to the base.
print(hasattr(c, "late"))
Base.late = 5
print(c.late, Child.late)
Base.late = 6  # in place
print(c.late)
del Base.late
print(hasattr(c, "late"))

# Long names (longer than the cache keeps for misses).
long_name = "a_rather_long_attribute_name_for_the_cache"
print(hasattr(Child, long_name))
setattr(Base, long_name, "found")
print(getattr(c, long_name))
delattr(Base, long_name)
print(hasattr(c, long_name))

# Names built at run time (different string objects, same text).
for i in range(3):
    name = "gr" + "eet"
    print(getattr(c, name)())


# Classes made and freed in a loop: a new class may reuse an old address.
def make(i):
    if i % 2:
        class K:
            value = i
            def who(self):
                return "odd", self.value
    else:
        class K:
            def who(self):
                return "even"
    return K()


for i in range(6):
    print(make(i).who())


# A data descriptor added later takes precedence over the instance dict.
class P:
    pass


p = P()
p.x = "instance"
print(p.x)
P.x = property(lambda self: "property")
print(p.x)
del P.x
print(p.x)


# Class attribute counters updated in place.
class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1


for _ in range(5):
    Counter()
print(Counter.count, Counter().count)


# Mutating a base's method while a subclass's lookups are cached.
class Animal:
    def sound(self):
        return "..."


class Dog(Animal):
    pass


d = Dog()
print(d.sound())
Animal.sound = lambda self: "woof"
print(d.sound())
Animal.sound = lambda self: "WOOF"
print(d.sound())
print(type(d).__mro__[1].sound(d))


# One attribute site meeting instances whose dicts differ in order and keys.
class Bag:
    pass


def read(o):
    return o.v


bags = []
for i in range(4):
    b = Bag()
    if i % 2:
        b.w = "w"
    b.v = i
    bags.append(b)
print([read(b) for b in bags])
del bags[1].w
bags[1].v = "again"
print([read(b) for b in bags])
try:
    read(Bag())
except AttributeError as e:
    print("AttributeError:", e)


# The site's class gains a property for that name, then loses it.
class Late:
    pass


late = Late()
late.v = "dict"
print(read(late))
Late.v = property(lambda self: "property wins")
print(read(late))
del Late.v
print(read(late))


# __getattribute__ sees every read, hinted or not.
class Loud:
    def __getattribute__(self, name):
        return "loud " + name


print(read(Loud()))
print(read(bags[0]))
