items = [3, 1, 2]
print(sorted(items))
try:
    [1] > (1,)
except TypeError as e:
    print("caught:", e)
print(1 == "a", 1 != "a")
print(1 < "a")
