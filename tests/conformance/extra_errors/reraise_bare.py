try:
    [][0]
except IndexError as e:
    print("logging", e)
    raise
