# Reading standard input (the runner gives an empty one): read, readline,
# iteration, then input() at end of file.
import sys
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), list(sys.stdin))
print(sys.stdin.readable(), sys.stdin.name, sys.stdin.mode)
print('before')
name = input('name? ')
print('never', name)
