# As process_stdout_closed, through sys.stdout.write.
import sys
for i in range(1_000_000):
    sys.stdout.write(f"{i}\n")
