print(7 // 2, 7 % 2)
try:
    7 % 0
except ZeroDivisionError as e:
    print("caught:", e)
print(7 // 0)
