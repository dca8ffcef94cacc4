class A:
    b = 1
a = A()
while a.b = 2:
    pass
