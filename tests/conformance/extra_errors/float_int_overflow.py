print(int(1e10))
print(int(-2.5), round(1e300) > 0)
try:
    int(float("nan"))
except ValueError as e:
    print("caught:", e)
print(int(float("inf")))
