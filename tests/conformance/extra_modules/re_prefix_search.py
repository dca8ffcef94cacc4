# Searches whose pattern starts with literal text or with a set of
# characters (which CPython's compiler records so a search can skip
# ahead): overlapping prefixes, a prefix that runs into a group, case
# folding, bounds and repeated scans.
import re

cases = [
    (r"abcabd", "abcabcabd abcabd"),
    (r"aaab", "aaaaaab aab aaab"),
    (r"abab(c)", "ababababc"),
    (r"(?:ab)(c)d", "abcabcd"),
    (r"(a)(b)c", "xxabxabc"),
    (r"took (\d+)ms", "request took 12ms, took 7ms"),
    (r"(?i)123x", "123X 123x"),
    (r"(?i)ab", "xAbyaB"),
    (r"a(?i:b)c", "aBc abc aBC"),
    (r"a|b|c", "xxcxbxa"),
    (r"ab|cd", "xxcdxab"),
    (r"[^abc]y", "aybycydy"),
    (r"\w=", "== a= _="),
    (r"é+x", "ééx éx"),
    (r"日本", "こんにちは日本語日本"),
    (r"(,)\s*", "a, b ,c,   d"),
    (r"x*", "axxb"),
    (r"(?i)[k]", "K k \u212a"),
    (r"(?i)ß", "SS ß ẞ"),
]
for pat, text in cases:
    p = re.compile(pat)
    m = p.search(text)
    print(pat, m and (m.span(), m.groups()), p.findall(text),
          [x.span() for x in p.finditer(text, 1, len(text) - 1)])
    print("  ", p.sub("<>", text), p.split(text)[:5], bool(p.match(text)), p.search(text, 3) and p.search(text, 3).span())

print(re.search(rb"ab", b"xxaab").span(), re.findall(rb"[xy]z", b"xz yz zz"), re.sub(rb"\d", b"#", b"a1b22"))
print(re.findall(r"abc", "abcabc" * 3, ), re.findall(r"aa", "aaaaa"), re.findall(r"aba", "ababababa"))
