print(int("42"))
print(int(" 7 "))
try:
    int("12", 2)
except ValueError as e:
    print("caught:", e)
print(int("abc"))
