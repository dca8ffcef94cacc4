print(len("abc"))
try:
    len(None)
except TypeError as e:
    print("caught:", e)
print(len([1, 2]), len({}))
print(len(10))
