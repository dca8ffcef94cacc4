from itertools import combinations, permutations, product

print(list(product([1, 2], "ab")))
print(list(product(range(2), repeat=3)))
print(list(permutations([1, 2, 3])))
print(list(permutations("abc", 2)))
print(list(combinations(range(4), 2)))
print(len(list(combinations(range(10), 3))))
