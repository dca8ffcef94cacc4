import sys
print('first starts; partially initialised first in sys.modules:', 'cyc.first' in sys.modules)
from cyc import second
print('first sees second.READY =', second.READY)
EARLY = 'first early'
