import sys
import cyc.first
first = sys.modules['cyc.first']
print('second sees a partial first without EARLY:', hasattr(first, 'EARLY'))
try:
    cyc.first
except AttributeError as e:
    print(e)
try:
    first.EARLY
except AttributeError as e:
    print(e)
READY = True
