n = 42
print(str(n)[0])
try:
    None[0]
except TypeError as e:
    print("caught:", e)
print(n[0])
