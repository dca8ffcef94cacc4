# Run with stdout read for one line, then closed (`pyroclast x.py | head -1`):
# the next print raises BrokenPipeError.
for i in range(1_000_000):
    print(i)
