import _helper_mod
from _helper_mod import double, Counter
import _helper_mod as hm

print(_helper_mod.GREETING)
print(double(21), hm.double("ab"))
c = Counter()
c.bump()
print(c.bump())
print(hm is _helper_mod)
print(_helper_mod.__name__)
