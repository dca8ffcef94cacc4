# split()/strip()/rsplit() scan a str unit by unit: ASCII whitespace,
# the \x1c-\x1f separators, non-ASCII whitespace and multi-byte text.
samples = [
    "  a b\tc\nd\re\x0bf\x0cg  ",
    "\x1c\x1dx\x1ey\x1fz\x1c",
    "\u00a0é\u2003ü\u3000 ñ\u2028ä\u0085",
    "日本 語\u3000テキスト　です",
    "",
    "   ",
    "no-space",
    "\x7f\x80a\x7f",
    "😀 😃\t😄",
]
for s in samples:
    print(repr(s.split()), repr(s.rsplit()))
    print(repr(s.split(None, 1)), repr(s.rsplit(None, 1)))
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
    print(repr(s.strip("x😀é ")), repr(s.rstrip("\x1c")))
    print(repr(s.splitlines()), repr(s.splitlines(True)))
print(repr("a\u200bb".split()), repr("\u180ex".strip()))
print(repr(b"  a\x1cb \x85c ".split()), repr(b"\x1c a \x1c".strip()))
