# What except* raises: a bare raise re-raises into the original structure,
# raise e raises anew, a naked exception is wrapped with a tuple, split()
# goes through a subclass's derive().
def show(f):
    try:
        f()
    except BaseException as e:
        print(repr(e))
def a():
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ValueError:
        raise TypeError('x')
def b():
    try:
        raise ValueError(1)
    except* ValueError:
        raise TypeError('x')
def c():
    try:
        raise ValueError(1)
    except* TypeError:
        pass
def d():
    try:
        raise ValueError(1)
    except* ValueError as g:
        raise g
def e():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise
    except* TypeError:
        raise RuntimeError('new')
def f():
    eg = ExceptionGroup('eg', [ValueError(1), ExceptionGroup('inner', [TypeError(2), ValueError(3)])])
    try:
        raise eg
    except* ValueError as g:
        raise g
def g():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
def h():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* (ValueError, TypeError):
        raise
for fn in (a, b, c, d, e, f, g, h):
    show(fn)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        n = MyEG(self.message, excs); n.code = 42; return n
m, r = MyEG('m', [ValueError(1), TypeError(2)]).split(ValueError)
print(type(m).__name__, m.code, m.exceptions, type(r).__name__)
