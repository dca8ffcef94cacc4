import sys
sys.setrecursionlimit(100)
deepest = 0
def dive(n):
    global deepest
    deepest = n
    return dive(n + 1)
try:
    dive(1)
except RecursionError:
    pass
print(deepest)
