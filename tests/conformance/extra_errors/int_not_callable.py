x = 5
try:
    x()
except TypeError as e:
    print("caught:", e)
len = 3
len([1, 2])
