a, b, c = "xyz"
print(a, b, c)
try:
    x, y = [1]
except ValueError as e:
    print("caught:", e)
a, b, c = (1, 2)
