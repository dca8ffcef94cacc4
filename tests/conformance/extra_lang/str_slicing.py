# str indexing and slicing over ASCII and non-ASCII text, every step and bound.
samples = ["", "a", "hello world", "héllo wörld ☃ 𝄞 end", "𝄞" * 5, "abc" * 7]
steps = [None, 1, 2, 3, -1, -2, -3]
bounds = [None, 0, 1, 2, -1, -2, 3, 5, 100, -100]
for s in samples:
    out = []
    for a in bounds:
        for b in bounds:
            for st in steps:
                out.append(s[a:b:st])
    print(repr(s), len(out), "|".join(out)[:200])
    for i in range(-len(s) - 1, len(s) + 1):
        try:
            out.append(s[i])
        except IndexError as e:
            out.append(str(e))
    print("".join(out[-(2 * len(s) + 2):]))
big = "x" * 1_000_000 + "é"
print(len(big[10:20]), big[-3:], big[999_999:], len(big[::1000]), big[::-250000])
