class C:
    def __init__(self):
        self.x = 1

c = C()
print(c.x)
print(c.y)
