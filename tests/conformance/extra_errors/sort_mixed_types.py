values = [3, "a", 1]
print("sorting", len(values))
values.sort()
