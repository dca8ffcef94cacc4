import sys

print(sys.getrecursionlimit())
print(sys.version_info >= (3, 8))
print(sys.version_info[0])
print(sys.version_info.major, sys.version_info >= (3, 11))
print(isinstance(sys.maxsize, int), sys.maxsize > 2**31)
print(type(sys.argv).__name__)
print("sys" in sys.modules)
