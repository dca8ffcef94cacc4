# ImportError's name/path/msg, its keywords, and ModuleNotFoundError's
# wording for the ways a module can be missing.
def show(e):
    print(type(e).__name__, '|', e, '|', e.name, '|', e.path, '|', e.msg, '|', e.args)

for src in ['import nosuch_mod', 'import pkg.nosuch', 'import pkg.mod.deeper',
            'import math.nope', 'from nosuch_mod import x', 'import nosuch_a.b.c']:
    try:
        exec(src)
    except ImportError as e:
        show(e)
try:
    from pkg import nosuch_name
except ImportError as e:
    print(type(e).__name__, e.name, e.path.replace('\\', '/').split('/')[-2:])
    print(str(e).split(' (')[0])

show(ImportError('plain'))
show(ImportError('m', name='n', path='p'))
show(ImportError())
show(ImportError('a', 'b', name='n'))
show(ModuleNotFoundError('only', path='where'))
for bad in [lambda: ImportError('a', bad=1), lambda: ModuleNotFoundError(name='n', other=2),
            lambda: ValueError('a', name='n')]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)

class MyImportError(ImportError):
    pass

class Wrapped(ImportError):
    def __init__(self, what):
        super().__init__(f'wrapped {what}', name=what, path='/x')

show(MyImportError('mine', name='m'))
show(Wrapped('thing'))
try:
    MyImportError('x', nope=1)
except TypeError as e:
    print('TypeError', e)
class MyValueError(ValueError):
    pass
try:
    MyValueError('x', nope=1)
except TypeError as e:
    print('TypeError', e)
e = ImportError('x')
e.name = 'set'
e.msg = 'changed'
print(e.name, e.msg, e)
try:
    raise ModuleNotFoundError("No module named 'fake'", name='fake')
except ImportError as e:
    show(e)
