print("grouping")
raise ExceptionGroup("several problems", [ValueError("v"), TypeError("t")])
