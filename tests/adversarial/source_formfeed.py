if True:
    print("ff")
    print("ff2")
print("top")
