import random

random.seed(42)
print(random.random())
print(random.random())
print(random.randint(1, 100))
print(random.randrange(10))
print(random.randrange(0, 100, 5))
print(random.choice([10, 20, 30, 40, 50]))
print(random.choice("abcdef"))
