from math import sqrt as square_root, pi
from collections import OrderedDict
import itertools as it
import os.path

print(square_root(81), round(pi, 4))
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od.move_to_end("b")
print(list(od.keys()))
print(list(it.islice(it.count(5), 3)))
print(os.path.join("a", "b"), os.path.basename("/x/y/z.py"))
try:
    from math import nope
except ImportError as e:
    print("ImportError:", e)
