from collections import ChainMap
from string import Template

base = {'color': 'red', 'size': 1}
over = {'size': 2}
cm = ChainMap(over, base)
print(cm['color'], cm['size'], len(cm), sorted(cm), 'color' in cm)
print(cm)
child = cm.new_child({'shape': 'box'})
child['color'] = 'blue'
print(child['color'], cm['color'], child.maps[0])
print(list(child.parents.items()))
print(cm.get('missing', 'dflt'))
try:
    cm['nope']
except KeyError as e:
    print('KeyError', e)
try:
    del cm['color']
except KeyError as e:
    print('KeyError', e)

t = Template('$who likes ${what}, costs $$5')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(Template('$a and $b').safe_substitute(a=1))
print(Template('$x $y $x').get_identifiers())
try:
    Template('$who').substitute()
except KeyError as e:
    print('KeyError', e)
try:
    Template('line\n  $ bad').substitute(x=1)
except ValueError as e:
    print('ValueError', e)

for v in [[1, 2, 3], (4, 5), 'abc', range(3), b'xy']:
    print(list(reversed(v)))
for bad in [5, iter([1]), (x for x in 'a'), {1, 2}]:
    try:
        reversed(bad)
    except TypeError as e:
        print('TypeError', e)

print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print('ValueError', e)
try:
    slice(0, 1).indices(-1)
except ValueError as e:
    print('ValueError', e)
print(b'ab' * 3, 2 * b'-', b'x' * 0, b'q' * -1)
try:
    'a' * (1 << 40)
except MemoryError:
    print('MemoryError')
