# A script that catches BrokenPipeError and exits with its own status.
import sys
try:
    for i in range(1_000_000):
        print(i)
except BrokenPipeError as e:
    sys.stderr.write(f"caught {type(e).__name__} {e.errno}\n")
    sys.exit(3)
