import random

random.seed(12345)
items = list(range(10))
random.shuffle(items)
print(items)
print(random.sample(range(100), 5))
print(random.sample(["a", "b", "c", "d"], 2))
print(round(random.uniform(1, 2), 10))
random.seed(12345)
again = list(range(10))
random.shuffle(again)
print(again == items)
