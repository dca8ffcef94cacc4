from dataclasses import dataclass, field, asdict, astuple, replace, fields
from collections import namedtuple, Counter, defaultdict, deque, OrderedDict
from functools import total_ordering, reduce, partial, lru_cache, cached_property
from itertools import chain, combinations, zip_longest, takewhile, dropwhile, repeat, cycle, starmap, pairwise, tee, compress, filterfalse
import operator

@dataclass(order=True)
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list, compare=False)

p = P(1, 2)
print(p, P(1) < P(2), asdict(p), astuple(p), replace(p, y=5))
print([f.name for f in fields(P)])

@dataclass(frozen=True)
class F:
    a: int
try:
    F(1).a = 2
except Exception as e:
    print(type(e).__name__, e)
print(hash(F(1)) == hash(F(1)), F(1) == F(1))

Pt = namedtuple("Pt", "x y", defaults=[0])
pt = Pt(1)
print(pt, pt._replace(x=3), pt._asdict(), Pt._fields, Pt._make([5, 6]))
c = Counter("abracadabra")
print(c.most_common(2), c["z"], sum(c.values()), c - Counter("aa"), +c == c)
d = defaultdict(list)
d["a"].append(1)
print(d, dict(d))
dq = deque([1, 2, 3], maxlen=3)
dq.append(4); dq.appendleft(0); dq.rotate(1)
print(dq, dq.maxlen)
od = OrderedDict(a=1, b=2); od.move_to_end("a"); print(od, od.popitem(last=False))

@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) >= V(0), V(2) <= V(1))

class C:
    @cached_property
    def big(self):
        print("computing")
        return 42
cc = C(); print(cc.big, cc.big)

@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
print(list(combinations("abc", 2)), list(zip_longest("ab", "c", fillvalue="-")))
print(list(takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(pairwise("abcd")), list(compress("abc", [1, 0, 1])))
a, b = tee([1, 2]); print(list(a), list(b), list(filterfalse(None, [0, 1, 0])))
print(reduce(operator.mul, range(1, 6)), partial(int, base=2)("101"), operator.itemgetter(1, 0)("ab"), operator.attrgetter("x")(p))
print(list(repeat(7, 3)), [x for _, x in zip(range(4), cycle("ab"))])
