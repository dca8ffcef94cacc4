# ExceptionGroup arguments must be a sequence of exceptions; except* types
# must be exception classes and not exception groups.
for args in [("e", {ValueError(1)}), ("e", (x for x in [ValueError()])), ("e", "abc")]:
    try: ExceptionGroup(*args)
    except Exception as e: print(type(e).__name__, e)
try: ExceptionGroup("eg", [ValueError(1), KeyboardInterrupt(2)])
except TypeError as e: print(e)
try:
    try: raise ValueError
    except* 42: pass
except TypeError as e: print(e)
try:
    try: raise ValueError
    except* (ValueError, 42): pass
except TypeError as e: print(e)
