# A key's __hash__ or an item's __eq__ that changes the container being
# searched: CPython hashes before it looks, and re-reads the list's length
# after each comparison.
d = {1: 1}


class ClearsDict:
    def __hash__(self):
        d.clear()
        return 1

    def __eq__(self, other):
        return True


print(d.get(ClearsDict()), d)

L = [1, 2, 3, 4]


class ClearsList:
    def __eq__(self, other):
        L.clear()
        return False


print([ClearsList(), 1] < L, L)
