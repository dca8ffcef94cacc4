import time

t = time.time()
print(isinstance(t, float))
print(t > 1_600_000_000)
a = time.monotonic()
time.sleep(0.01)
b = time.monotonic()
print(b >= a)
print(b - a >= 0.009)
print(time.sleep(0) is None)
p1 = time.perf_counter()
p2 = time.perf_counter()
print(p2 >= p1)
