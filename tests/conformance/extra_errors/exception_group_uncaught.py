try:
    raise ExceptionGroup("caught group", [KeyError("k")])
except ExceptionGroup as eg:
    print("caught:", eg, eg.exceptions)
print("grouping")
raise ExceptionGroup("several problems", [ValueError("v"), TypeError("t")])
