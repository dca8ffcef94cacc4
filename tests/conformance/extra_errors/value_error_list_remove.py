xs = [1, 2, 3]
xs.remove(2)
print(xs)
try:
    xs.index(7)
except ValueError as e:
    print("caught:", e)
xs.remove(9)
