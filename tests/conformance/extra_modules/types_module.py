import types
import asyncio

async def c():
    return 1

co = c()
print(isinstance(co, types.CoroutineType), type(co) is types.CoroutineType)
co.close()

def g():
    yield 1

print(isinstance(g(), types.GeneratorType), isinstance(g, types.FunctionType))

async def ag():
    yield 1

print(isinstance(ag(), types.AsyncGeneratorType))
print(types.FunctionType is types.LambdaType, isinstance(len, types.BuiltinFunctionType))
print(isinstance(types, types.ModuleType), types.NoneType)

class C:
    def m(self):
        return "m"

print(isinstance(C().m, types.MethodType))
bound = types.MethodType(lambda self, x: (type(self).__name__, x), C())
print(bound(5))

ns = types.SimpleNamespace(a=1, b="two")
print(ns, ns.a, ns.b)
ns.c = [3]
print(ns)
print(ns == types.SimpleNamespace(a=1, b="two", c=[3]), ns == types.SimpleNamespace(a=1))
print(repr(types.SimpleNamespace()))

mp = types.MappingProxyType({"x": 1, "y": 2})
print(mp, mp["x"], len(mp), "y" in mp, list(mp), mp.get("z", 0), sorted(mp.items()))
try:
    mp["x"] = 5
except TypeError as e:
    print(e)
print(type(mp).__name__)

@types.coroutine
def legacy():
    value = yield from asyncio.sleep(0.01, result="legacy").__await__()
    return value

async def main():
    print(await legacy())

asyncio.run(main())

Point = types.new_class("Point", (), {}, lambda ns: ns.update(x=1))
print(Point.__name__, Point.x)
