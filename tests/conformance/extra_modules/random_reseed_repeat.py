import random

def draw():
    return [random.randint(0, 9) for _ in range(8)]

random.seed(7)
first = draw()
random.seed(7)
second = draw()
print(first)
print(first == second)
random.seed("seed-string")
print([random.randrange(1000) for _ in range(3)])
random.seed(0)
print(random.random(), random.uniform(-1, 1))
