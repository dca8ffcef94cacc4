import builtins
builtins.TICKS = getattr(builtins, 'TICKS', 0) + 1
print('ticks runs, time', builtins.TICKS)
try:
    KEPT
except NameError:
    KEPT = 'first run only'
