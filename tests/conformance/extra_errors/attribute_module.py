import math
print(math.floor(2.5))
print(hasattr(math, "nope"), getattr(math, "nope", "fallback"))
try:
    math.other
except AttributeError as e:
    print("caught:", e)
math.nope
