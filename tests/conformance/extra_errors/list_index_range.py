xs = [1, 2, 3]
print(xs[-3])
try:
    xs[-4]
except IndexError as e:
    print("caught:", e)
print(xs[3])
