class NotAnError:
    pass

try:
    raise ValueError
except ValueError as e:
    print("bare class ok", repr(e))
raise NotAnError
