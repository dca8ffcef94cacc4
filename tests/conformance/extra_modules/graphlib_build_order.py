# A build-order resolver: packages with dependencies are built in waves;
# each wave's packages can be built in parallel once the previous wave is done.
from graphlib import TopologicalSorter, CycleError

packages = {
    'app': ['web', 'db', 'log'],
    'web': ['http', 'log'],
    'db': ['log', 'config'],
    'http': ['config'],
    'log': [],
    'config': [],
    'cli': ['app', 'config'],
}

ts = TopologicalSorter(packages)
print(list(ts.static_order()))

ts = TopologicalSorter()
for pkg, deps in packages.items():
    ts.add(pkg, *deps)
ts.prepare()
wave = 0
while ts.is_active():
    ready = ts.get_ready()
    wave += 1
    print('wave', wave, sorted(ready))
    for pkg in ready:
        ts.done(pkg)
print(bool(ts), ts.get_ready())

# Finishing nodes one at a time, out of order.
ts = TopologicalSorter({'b': ['a'], 'c': ['a'], 'd': ['b', 'c']})
ts.prepare()
print(ts.get_ready())
ts.done('a')
first = ts.get_ready()
print(first, ts.get_ready())
ts.done(first[1])
print(ts.get_ready(), ts.is_active())
ts.done(first[0])
print(ts.get_ready())
ts.done('d')
print(ts.is_active())

def attempt(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for graph in [{'a': ['b'], 'b': ['a']}, {1: [2], 2: [3], 3: [1], 4: [1]}, {'x': ['x']},
              {'a': ['b', 'c'], 'c': ['d'], 'd': ['a']}]:
    try:
        TopologicalSorter(graph).prepare()
    except CycleError as e:
        print('CycleError:', e.args[0], e.args[1], isinstance(e, ValueError))

ts = TopologicalSorter({'a': []})
attempt(ts.get_ready)
attempt(ts.is_active)
attempt(ts.done, 'a')
ts.prepare()
attempt(ts.prepare)
attempt(ts.add, 'b')
attempt(ts.done, 'zz')
attempt(ts.done, 'a')
ts2 = TopologicalSorter({'b': ['a']})
ts2.prepare()
attempt(ts2.done, 'b')
ts2.get_ready()
ts2.done('a')
attempt(ts2.done, 'a')
print(list(TopologicalSorter().static_order()), list(TopologicalSorter({5: (), 3: (5,), 4: (5,)}).static_order()))
