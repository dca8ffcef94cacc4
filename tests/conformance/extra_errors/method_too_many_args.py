class C:
    def m(self):
        return "ok"

c = C()
print(c.m())
c.m(5)
