# The gc module's controls.
import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())

print(gc.get_threshold())
gc.set_threshold(500)
print(gc.get_threshold())
gc.set_threshold(500, 20, 30)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)

count = gc.get_count()
print(type(count).__name__, len(count), all(isinstance(c, int) and c >= 0 for c in count))

print(gc.collect(), gc.collect(0), gc.collect(generation=1))
print(gc.garbage)

for call in [
    lambda: gc.collect(3),
    lambda: gc.collect(-1),
    lambda: gc.collect("2"),
    lambda: gc.set_threshold(),
    lambda: gc.set_threshold(1, 2, 3, 4),
    lambda: gc.enable(1),
    lambda: gc.get_count(1),
    lambda: gc.isenabled(x=1),
]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# With automatic collection disabled, cycles wait for an explicit collect.
class Node:
    instances = 0

    def __init__(self):
        Node.instances += 1
        self.me = self

    def __del__(self):
        Node.instances -= 1

gc.disable()
for _ in range(2000):
    Node()
print("alive while disabled:", Node.instances)
gc.collect()
print("alive after collect:", Node.instances)
gc.enable()
for _ in range(20000):
    Node()
print("alive with automatic collection below 20000:", Node.instances < 20000)
