# Started with file descriptor 0 closed (`pyroclast x.py <&-`).
import sys
print(sys.stdin is None)
try:
    print(repr(input()))
except (RuntimeError, EOFError) as e:
    print(type(e).__name__, e)
