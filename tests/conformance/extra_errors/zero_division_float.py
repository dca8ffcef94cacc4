print(1.5 / 3)
try:
    2.0 % 0.0
except ZeroDivisionError as e:
    print("caught:", e)
print(1.5 / 0.0)
