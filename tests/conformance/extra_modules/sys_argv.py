import sys

print(sys.argv)
print(len(sys.argv))
print(sys.argv[0].replace("\\", "/").rsplit("/", 1)[-1])
print(sys.argv[0].endswith("sys_argv.py"))
print(type(sys.argv[0]).__name__)
