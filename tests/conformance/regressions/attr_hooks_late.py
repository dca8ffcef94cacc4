class Base:
    pass

class Child(Base):
    pass

def logging_setattr(self, name, value):
    print("set", type(self).__name__, name, value)
    object.__setattr__(self, name, value)

Base.__setattr__ = logging_setattr
b = Base()
b.x = 1
print(b.x)

Child().z = 3

class Later(Base):
    pass
Later().y = 2

class Positive:
    def __set_name__(self, owner, name):
        self.name = '_' + name
    def __get__(self, obj, owner=None):
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if value < 0:
            raise ValueError("negative")
        setattr(obj, self.name, value)

class Account:
    pass

acct = Account()
acct.balance = -5
print(acct.balance)
d = Positive()
d.name = '_balance'
Account.balance = d
a2 = Account()
a2.balance = 10
print(a2.balance, a2._balance)
try:
    a2.balance = -1
except ValueError as e:
    print("ValueError", e)

class P:
    pass
P.v = property(lambda self: 42)
try:
    P().v = 3
except AttributeError as e:
    print("AttributeError", e)
print(P().v)

class Q:
    @property
    def v(self):
        return 1
try:
    del Q().v
except AttributeError as e:
    print("AttributeError", e)
try:
    Q().v = 2
except AttributeError as e:
    print("AttributeError", e)
