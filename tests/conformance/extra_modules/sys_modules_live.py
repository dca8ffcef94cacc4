# sys.modules is the interpreter's module table: entries added, replaced or
# deleted by a script change what import finds.
import sys
print(isinstance(sys.modules, dict), 'sys' in sys.modules, '__main__' in sys.modules)
import json
print('json' in sys.modules, sys.modules['json'] is json)
class Fake:
    answer = 42
sys.modules['fakemod'] = Fake()
import fakemod
print(fakemod.answer)
del sys.modules['json']
import json as json2
print(json2 is json, 'json' in sys.modules)
print(sys.modules['__main__'].Fake is Fake)
sys.modules['weird'] = 5
import weird
print(weird)
try:
    import nonexistent_mod
except ModuleNotFoundError as e:
    print(e)
print(sys.modules.get('nonexistent_mod'))
