eg = ExceptionGroup("all", [ValueError(1), TypeError(2), ValueError(3)])
print(eg)
print(repr(eg))
match, rest = eg.split(ValueError)
print(match.exceptions, rest.exceptions)
sub = eg.subgroup(lambda e: isinstance(e, TypeError))
print(sub)
print(eg.subgroup(KeyError))
try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print("ValueError:", e)
print(isinstance(eg, Exception), type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
