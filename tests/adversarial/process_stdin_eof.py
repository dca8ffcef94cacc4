# Standard input at end of file.
import sys
try:
    print(repr(input("prompt> ")))
except EOFError as e:
    print("EOFError", e)
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
