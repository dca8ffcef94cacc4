# Searches over different subjects in turn, and searches started while
# another scan is in progress (a replacement function, interleaved
# iterators): each must see only its own subject and positions.
import re

word = re.compile(r"(\w)(\w*)")
subjects = ["héllo wörld", "plain ascii text", "日本語 テキスト abc", "", "x", "ÿ" * 40 + " end"]
for s in subjects:
    m = word.search(s)
    print(repr(s[:12]), m and m.span(), m and m.groups(), word.findall(s)[:4])

def swap(m):
    inner = re.findall(r"[aeiouéö]", m.group(0))
    return m.group(2)[::-1] + m.group(1) + str(len(inner))

print(word.sub(swap, "héllo wörld and more"))
print(re.sub(r"\d+", lambda m: re.sub(r"(\d)", r"<\1>", m.group(0)), "a12b345c6"))

it1 = re.finditer(r"\w+", "ab cd ef gh")
it2 = re.finditer(r"\w+", "ÄÖ ü ß 12")
for a, b in zip(it1, it2):
    print(a.group(), a.span(), b.group(), b.span())

pairs = re.compile(r"(?P<k>\w+)=(?P<v>[^;]*)")
for text in ["a=1;b=2", "ключ=значение;x=", "no pairs here", "z=ÿ;y=ÿÿ"]:
    print([(m["k"], m["v"], m.start("v")) for m in pairs.finditer(text)])
print(re.split(r"(,)\s*", "é, b,c ,  d"))
print(re.fullmatch(r"(a|b)*c", "ababc").groups(), re.match(r"(x)?y", "y").groups())
