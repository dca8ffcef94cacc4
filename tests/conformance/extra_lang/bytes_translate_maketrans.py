tests=['b"abc".translate(b"x")','b"abc".translate(None, b"a")','b"abc".translate(None, delete=b"ab")','b"abc".translate(bytes.maketrans(b"ab", b"xy"))','bytes.maketrans(b"ab", b"x")','bytes.maketrans("a", b"x")','b"abc".translate("x")','b"abc".translate()','b"abc".translate(None, "a")','bytes.maketrans(b"", b"")[:5]','len(bytes.maketrans(b"", b""))','b"abc".translate(table=None)','b"abc".translate(None, x=1)','bytes.maketrans(b"a")','b"hello".translate(bytes.maketrans(b"el", b"ip"), b"o")']
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except Exception as e:
        print(t, '->', type(e).__name__ + ':', e)
