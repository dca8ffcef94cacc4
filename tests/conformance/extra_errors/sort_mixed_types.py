values = [3, "a", 1]
print(sorted(values, key=str))
try:
    max([1, None])
except TypeError as e:
    print("caught:", e)
print("sorting", len(values))
values.sort()
