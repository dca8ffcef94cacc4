# Circular imports: a partially initialised module is visible to the cycle.
import sys
import cyc.first
print(cyc.first.EARLY)
try:
    import cyc.a
except ImportError as e:
    msg = str(e)
    print(msg[:msg.rindex(' (')])
    print(e.name, e.path.replace('\\', '/').split('/')[-1])
print('cyc.a' in sys.modules, 'cyc.b' in sys.modules, 'cyc' in sys.modules)
