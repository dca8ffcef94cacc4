a = 1
b = "two"
try:
    a - b
except TypeError as e:
    print("caught:", e)
print("adding")
print(a + b)
