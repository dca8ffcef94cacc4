# An index or slice bound whose __index__ changes the container being
# indexed: the bound is converted first, then the container is read at the
# length it has then (CPython's PySlice_Unpack, then PySlice_AdjustIndices).
L = [1, 2, 3]


class Grow:
    def __index__(self):
        L.append(9)
        return 1


print(L[Grow():], L[Grow()], L)

L = [1, 2, 3, 4]


class Clear:
    def __index__(self):
        L.clear()
        return 0


del L[Clear():]
print(L)
L = [1, 2, 3, 4]
L[Clear():] = [7, 8]
print(L)
L = [1, 2, 3, 4]
L[Clear():Clear():1] = []
print(L)

L = [1, 2, 3, 4, 5]


class Shrink:
    def __index__(self):
        del L[:3]
        return -1


print(L[: Shrink()], L[Shrink() :: -1])

L = list(range(10))


class Step:
    def __index__(self):
        del L[5:]
        return 2


del L[:: Step()]
print(L)

b = bytearray(b"abcdef")


class Extend:
    def __index__(self):
        b.extend(b"gh")
        return 2


print(b[Extend() :], b[Extend()])
b[Extend() :] = b"Z"
print(b)
del b[Extend() :]
print(b)
t = (1, 2, 3)
print(t[Grow() :], "abc"[Grow() :], b"xyz"[Grow() :], len(L))
