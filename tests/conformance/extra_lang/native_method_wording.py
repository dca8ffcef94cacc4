# Known differences on natively implemented types (README, "Differences
# from CPython"): a bound builtin method's type and equality, and the
# wording of three errors of re.Pattern's methods.
import re

P = re.compile(r"(\w+)=(\d+)")
s = "a=1 bb=22"
bound = P.findall
print(bound == P.findall, type(bound).__name__)
try:
    re.Pattern.search("not a pattern", s)
except TypeError as e:
    print("TypeError:", e)
try:
    P.search(s, bogus=1)
except TypeError as e:
    print("TypeError:", e)
try:
    P.nosuch(s)
except AttributeError as e:
    print("AttributeError:", e)
