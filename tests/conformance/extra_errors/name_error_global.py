def show():
    print("value:", x)

print("start")
show()
