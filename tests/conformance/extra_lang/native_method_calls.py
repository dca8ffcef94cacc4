# Method calls on objects implemented natively (re.Pattern, re.Match,
# deque, partial, itertools): called directly, through a bound method,
# through the class, with keywords, and with the native's own attributes.
import collections
import functools
import itertools
import re

P = re.compile(r"(?P<word>\w+)=(\d+)")
s = "a=1 bb=22 ccc=333"
print(P.search(s).group(0), P.search(s, 4).group("word"), P.search(s, pos=10, endpos=14))
bound = P.findall
print(bound(s), bound is P.findall)
print(re.Pattern.search(P, s).span(), getattr(P, "sub")(r"\2", s))
print(P.pattern, P.groups, P.groupindex["word"], P.flags & re.UNICODE != 0)
m = P.match(s)
print(m.group(1, 2), m.start(), m.end(2), m.groupdict(), m.expand(r"<\1>"), m.re is P)
for name in ("search", "match", "fullmatch", "split", "sub", "subn", "finditer"):
    print(name, callable(getattr(P, name)), getattr(P, name).__name__)
try:
    P.search()
except TypeError as e:
    print("TypeError:", e)

d = collections.deque([1, 2, 3], maxlen=5)
d.append(4)
d.appendleft(0)
d.rotate(2)
print(d, d.pop(), d.popleft(), d.count(2), d.maxlen)
push = d.append
for i in range(4):
    push(i * 10)
print(list(d), collections.deque.__len__(d))

f = functools.partial(int, base=2)
print(f("101"), f.func is int, f.keywords, f.args)
c = itertools.count(5, 2)
print(next(c), c.__next__(), next(c))
ch = itertools.chain([1], (2, 3))
print(ch.__next__(), list(ch))
