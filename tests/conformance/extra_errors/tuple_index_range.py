t = (1, 2)
print(t[1])
try:
    ()[0]
except IndexError as e:
    print("caught:", e)
print(t[5])
