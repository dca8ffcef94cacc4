def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
B = 10**20

t(lambda: (10**30).to_bytes(20, 'big'))
t(lambda: int.from_bytes(b'\xff' * 20, 'little'))
t(lambda: int.from_bytes(b'\xff' * 20, 'big', signed=True))
t(lambda: (10**30).to_bytes(B, 'big'))
t(lambda: (-10**30).to_bytes(13, 'little', signed=True))
t(lambda: round(1.5, B))
t(lambda: round(1.5, -B))
t(lambda: round(12345, B))
t(lambda: round(12345, -100))
t(lambda: round(-10**30 - 1, -30))
t(lambda: round(15 * 10**29, -30))
t(lambda: round(25 * 10**29, -30))
import math
t(lambda: math.comb(B, 2))
t(lambda: math.perm(B, 2))
t(lambda: math.factorial(B))
t(lambda: math.comb(B, B - 1))
import itertools
t(lambda: list(itertools.islice(range(5), B)))
t(lambda: list(itertools.islice(range(5), 1, B)))
t(lambda: list(itertools.islice(range(5), B, None)))
t(lambda: list(itertools.repeat(1, -B)))
t(lambda: next(itertools.repeat(1, B)))
class L:
    def __len__(self): return B
t(lambda: len(L()))
t(lambda: bool(L()))
class N:
    def __len__(self): return -B
t(lambda: len(N()))
t(lambda: hex(10**30))
t(lambda: oct(-10**30))
t(lambda: bin(B))
t(lambda: divmod(10**30, 7))
t(lambda: divmod(-10**30, B + 1))
t(lambda: pow(10**30, B, 10**9 + 7))
t(lambda: pow(3, -1, 10**30 + 1))
t(lambda: sum([10**30, 1, 2**70]))
t(lambda: sorted([10**30, -10**30, 5, 2**64]))
t(lambda: list(enumerate("ab", B)))
t(lambda: list(enumerate("abc", 2**63 - 2)))
t(lambda: 1 >> B)
t(lambda: -1 >> B)
t(lambda: 10**30 >> B)
t(lambda: 0 << B)
t(lambda: 1 << B)
