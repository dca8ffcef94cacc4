from itertools import accumulate, chain, groupby, zip_longest
import operator

print(list(chain([1, 2], (3,), "ab")))
print(list(chain.from_iterable([[1], [2, 3], []])))
for key, grp in groupby("aaabbcaa"):
    print(key, list(grp))
data = [1, 3, 5, 2, 4, 7]
for odd, grp in groupby(data, key=lambda v: v % 2):
    print(odd, list(grp))
print(list(accumulate([1, 2, 3, 4])))
print(list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([5, 1, 7, 3], max)))
print(list(zip_longest([1, 2, 3], "ab")))
print(list(zip_longest("a", "bcd", fillvalue="-")))
