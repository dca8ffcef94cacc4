from abc import ABC, abstractmethod
import copy, heapq, bisect, string
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self): return f"{type(self).__name__} with area {self.area()}"
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
try:
    Shape()
except TypeError as e:
    print(e)
print(Sq(3).describe(), isinstance(Sq(2), Shape))
a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a); c = copy.deepcopy(a)
a[1].append(9); a[2]["k"].append(5)
print(b, c)
class P:
    def __init__(self): self.items = [1]
p = P(); q = copy.deepcopy(p); q.items.append(2); print(p.items, q.items)
h = []
for x in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h, heapq.nlargest(2, [5, 1, 8]), heapq.nsmallest(2, [5, 1, 8]))
l = [3, 1, 4, 1, 5, 9, 2, 6]; heapq.heapify(l); print(l)
s = [1, 3, 5, 7]
print(bisect.bisect(s, 4), bisect.bisect_left(s, 5)); bisect.insort(s, 4); print(s)
print(string.ascii_uppercase[:5], string.digits, string.capwords("hello big world"))
