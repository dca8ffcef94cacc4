class Stop(BaseException):
    pass

try:
    raise Stop("caught")
except BaseException as e:
    print("got", e)
try:
    raise Stop("not an Exception")
except Exception:
    print("should not be caught here")
