# Positions in long strings, ASCII and not: indexing, slicing, len and the
# methods that take positions, with the same strings used again and again
# (and several of them in turn).
words = ["naïve", "café", "東京", "z", "😀x", "plain"]
texts = [" ".join(words[(i + k) % len(words)] for i in range(300)) for k in range(6)]
texts.append("abc z defgh x plain " * 40)
for t in texts:
    n = len(t)
    picks = [t[i] for i in (0, 1, 63, 64, 65, 127, 128, n // 2, n - 1, -1, -64, -n)]
    print(n, "".join(picks), t[100:140], t[-50:-10], t[5:700:37], t[::-97][:10])
    print(t.find("東", 100), t.find("😀", 500, 900), t.index("z", 64), t.count("é", 10, 800), t.rfind("x", 0, 1000))
    print(t.startswith("café", t.find("café", 200)), t.endswith("plain", 0, t.rfind("plain") + 5))
    total = 0
    for i in range(0, n, 7):
        total += ord(t[i])
    print(total, sum(1 for i in range(n) if t[i] == " "))
    try:
        t[n]
    except IndexError as e:
        print("IndexError:", e)
# Interleaved use of more strings than are remembered at once.
acc = []
for i in range(0, 500, 50):
    for t in texts:
        acc.append(t[i])
print("".join(acc))
built = "".join(texts[:2])
print(len(built), built[len(texts[0]) - 2:len(texts[0]) + 3])
del texts
