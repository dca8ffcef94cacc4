# ExceptionGroup fields are read-only; splitting a group nested deeper than
# the recursion limit is a RecursionError; break/continue/return in an
# except* block is a SyntaxError even outside a loop.
import sys

eg = ExceptionGroup("m", [ValueError()])
for name in ("message", "exceptions"):
    try:
        setattr(eg, name, 1)
    except AttributeError as e:
        print(name, repr(e))

e = TypeError(1)
for i in range(sys.getrecursionlimit() + 1):
    e = ExceptionGroup("eg", [e])
for method in ("split", "subgroup"):
    try:
        getattr(e, method)(TypeError)
    except RecursionError as x:
        print(method, repr(x))

shallow = ExceptionGroup("eg", [ExceptionGroup("inner", [TypeError(1), ValueError(2)])])
print(shallow.split(TypeError))

for body in ("break", "continue", "return"):
    src = f"try:\n    raise ValueError\nexcept* Exception as e:\n    {body}\n"
    try:
        compile(src, "<string>", "exec")
    except SyntaxError as err:
        print(body, err)
