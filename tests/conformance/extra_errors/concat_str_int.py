label = "count: "
n = 3
print(label + str(n))
try:
    [1] + (2,)
except TypeError as e:
    print("caught:", e)
print(label + n)
