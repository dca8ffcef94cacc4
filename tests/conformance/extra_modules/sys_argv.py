import sys
import os

print(sys.argv)
print(len(sys.argv))
print(os.path.basename(sys.argv[0]))
print(sys.argv[0].endswith("sys_argv.py"))
