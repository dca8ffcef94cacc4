label = "count: "
n = 3
print(label + str(n))
print(label + n)
