n = 42
print(str(n)[0])
print(n[0])
