x = 1
try:
    pass
x = 2
