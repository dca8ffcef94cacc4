# User subclasses of ExceptionGroup are checked by BaseExceptionGroup.__new__
# like the builtin ones: an Exception subclass cannot hold BaseExceptions.
class EG(ExceptionGroup):
    pass
try:
    EG("x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
class MyEG(ExceptionGroup):
    def __new__(cls, message, excs, code):
        obj = super().__new__(cls, message, excs)
        obj.code = code
        return obj
    def __init__(self, message, excs, code):
        super().__init__(message, excs)
try:
    MyEG("m", [KeyboardInterrupt()], 3)
except TypeError as e:
    print(e)
e = MyEG("m", [ValueError(1)], 3)
print(type(e).__name__, e.code, e.exceptions)
class BEG(BaseExceptionGroup):
    pass
b = BEG("b", [ValueError(1)])
print(type(b).__name__)
b = BEG("b", [KeyboardInterrupt()])
print(type(b).__name__)
try:
    BaseExceptionGroup.__new__(EG, "x", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
try:
    MyEG("m", [ValueError(1)])
except TypeError as e:
    print(e)
class Wrong(ExceptionGroup):
    def __init__(self, message, excs, extra):
        super().__init__(message, excs)
try:
    Wrong("m", [ValueError(1)], 5)
except TypeError as e:
    print(e)
