from math import sqrt as square_root, pi
from collections import OrderedDict
import itertools as it

print(square_root(81), round(pi, 4))
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od.move_to_end("b")
print(list(od.keys()))
print(list(it.islice(it.count(5), 3)))
try:
    from math import nope
except ImportError as e:
    print(type(e).__name__, e.name, str(e).startswith("cannot import name 'nope' from 'math'"))
