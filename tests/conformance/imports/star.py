# from pkg import * with and without __all__.
import sys
from starpkg import *
print(public, sub_in_all.X)
print('other' in dir(), 'starpkg.sub_in_all' in sys.modules)
from starpkg.plain import *
print(a, b, '_hidden' in dir(), '_sys' in dir())
