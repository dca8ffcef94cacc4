from itertools import count, cycle, islice, repeat

print(list(islice(count(), 5)))
print(list(islice(count(10, 3), 4)))
print(list(islice(cycle("abc"), 7)))
print(list(repeat("x", 3)))
print(list(islice(repeat(0), 4)))
print(list(islice(range(20), 2, 10, 3)))
print(list(zip(count(1), "xyz")))
