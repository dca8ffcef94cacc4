class C:
    @dec
x = 1
