print(len("abc"))
print(len(10))
