a, b = (1, 2)
print(a, b)
try:
    x, = [1, 2]
except ValueError as e:
    print("caught:", e)
a, b = [1, 2, 3]
