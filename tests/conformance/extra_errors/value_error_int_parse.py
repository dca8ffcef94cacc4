print(int("42"))
print(int(" 7 "))
print(int("abc"))
