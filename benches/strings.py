# String building and formatting: f-strings with format specs, str.join,
# % formatting, str.format, slicing, splitting and replace.
N = 45_000


def row(i):
    name = f"item{i:05d}"
    price = (i * 37 % 1000) / 7
    qty = i % 17
    return f"{name:<12}|{price:>10.2f}|{qty:^5}|{i:#x}|{price * qty:,.1f}"


def legacy(i):
    return "%-8s %6d %8.3f %s" % ("r%d" % i, i * 3, i / 9, "yes" if i % 2 else "no")


def formatted(i):
    return "{0}:{1:>6}:{2:.4e}:{name!r}".format(i, i % 97, i * 1.5, name="n" + str(i % 11))


def main():
    lines = []
    for i in range(N):
        lines.append(row(i))
        lines.append(legacy(i))
        lines.append(formatted(i))
    text = "\n".join(lines)
    total = 0
    words = 0
    upper = 0
    for line in text.split("\n"):
        parts = line.replace("|", " ").split()
        words += len(parts)
        head = line[:6]
        tail = line[-4:]
        if head.startswith("item"):
            total += int(head[4:] + "0")
        if tail.strip().isdigit():
            total += int(tail.strip())
        upper += line.upper().count("E")
    csv = ",".join(str(i * i) for i in range(2000))
    back = sum(int(x) for x in csv.split(","))
    padded = "".join(s.center(9, "*") for s in ("a", "bb", "ccc") * 500)
    print(len(text), total, words, upper, back, len(padded), padded[:27])
    print(lines[1234])
    print(lines[1235])
    print(lines[1236])
    print(text[1000:1060].replace("\n", "/"))


main()
