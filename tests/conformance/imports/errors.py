# Import errors, caught.
import sys
try:
    import pkg.missing
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    import no_such_top_module
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from pkg import nope
except ImportError as e:
    msg = str(e)
    print(msg[:msg.rindex(' (')], e.name, '/'.join(e.path.split('/')[-2:]))
try:
    import pkg.mod.inner
except ModuleNotFoundError as e:
    print(e)
try:
    import math.sub
except ModuleNotFoundError as e:
    print(e)
try:
    import pkg.raises
except ZeroDivisionError as e:
    print('raised:', e)
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_filename.split('/')[-1])
        tb = tb.tb_next
    print(names[0], names[-1])
print('pkg.raises' in sys.modules, hasattr(sys.modules['pkg'], 'raises'))
try:
    import pkg.badname
except ImportError as e:
    msg = str(e)
    print(msg[:msg.rindex(' (')])
print('pkg.badname' in sys.modules)
sys.modules['blocked'] = None
try:
    import blocked
except ModuleNotFoundError as e:
    print(e)
