class P:
    def __init__(self):
        self.x = 3
        self.y = [10, 20]

p = P()
print("{} {}".format("a", "b"))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Bo", age=7))
print("{0.x} {0.y[1]}".format(p))
print("{d[key]} {d[0]}".format(d={"key": "v", 0: "zero"}))
print("{:08.3f} {:,} {:_}".format(3.14159, 1234567, 1234567))
print("{:b} {:o} {:x} {:#x} {:#b}".format(10, 10, 255, 255, 5))
print("{:+d} {: d} {:e}".format(5, 5, 0.00012))
print("{:.2%}".format(0.4567))
print("{!r} {!s}".format("q", "q"))
print("{{literal}} {}".format(1))
