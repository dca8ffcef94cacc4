try:
    raise "a string"
except TypeError as e:
    print("caught:", e)
print("raising an int")
raise 42
