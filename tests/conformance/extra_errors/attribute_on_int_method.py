x = 5
print(x.bit_length())
try:
    "s".push(1)
except AttributeError as e:
    print("caught:", e)
x.append(3)
