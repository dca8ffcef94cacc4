# Group captures after the matcher backtracks: alternations, repeats of
# groups, lookarounds, atomic groups and possessive repeats restore the
# marks of the branch that was given up.
import re

cases = [
    (r"(a)(b)?(c)|(a)(x)", "ax"),
    (r"(?:(a)|(b))+", "abab"),
    (r"(?:(a)|b)*c", "abbc"),
    (r"(a|ab)(c|bcd)(d*)", "abcd"),
    (r"((a)|(b))*?c", "abac"),
    (r"(?=(a+))a*b\1", "baaabac"),
    (r"(?!(x))(\w)(\w)", "xyz"),
    (r"(?>(a+))b", "aaab"),
    (r"(a+)+b", "aaaab"),
    (r"(\w+?)(\d*)$", "abc123"),
    (r"(?:(\d)(\d)?)+", "12345"),
    (r'(\w+)=("[^"]*"|\S+)', 'k="v w" z=1'),
    (r"(a)|(b)|(c)", "c"),
    (r"((a)(b)?)+", "aba"),
    (r"(?P<x>a)(?(x)b|c)", "ab"),
    (r"(a*)*b", "aab"),
    (r"(a)++b|(a)", "aa"),
    (r"(?:(x)|y)*+z", "xyxz"),
]
for pat, text in cases:
    for m in re.finditer(pat, text):
        print(pat, repr(text), m.span(), m.groups(), m.lastindex, m.lastgroup)
    print(pat, [m.groups() for m in re.finditer(pat, text * 3)])

# Many searches in a row reuse the matcher's state: each starts clean.
kv = re.compile(r"(\w+)=(?:(\d+)|(\w+))")
for line in ["a=1 b=x", "c=y", "d=22 e=3 f=z", "", "g=h"]:
    print([m.groups() for m in kv.finditer(line)], kv.sub(r"<\1:\2\3>", line))
print(re.fullmatch(r"((a)|(b))*", "abba").groups())
print(re.match(r"(a)(?:(b)|(c))*(d)", "abcbd").groups())
