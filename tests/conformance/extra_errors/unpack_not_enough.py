a, b, c = "xyz"
print(a, b, c)
a, b, c = (1, 2)
