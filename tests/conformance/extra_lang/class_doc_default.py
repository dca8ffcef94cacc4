# Every class has __doc__ (None without a docstring), seen from instances.
class Plain:
    pass


class Documented:
    "The docs."


class Child(Documented):
    pass


print(Plain.__doc__, Plain().__doc__, "__doc__" in Plain.__dict__)
print(Documented().__doc__, Child.__doc__, Child().__doc__)
