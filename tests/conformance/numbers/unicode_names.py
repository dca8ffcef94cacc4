import unicodedata as ud
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print("\N{LATIN SMALL LETTER A}\N{EM DASH}\N{latin capital letter b}", "\N{GREEK SMALL LETTER ALPHA}", ascii("\N{SNOWMAN}"))
print(len("x\N{DIGIT ONE}y"), r"\N{EM DASH}", f"{1}\N{EM DASH}{2}")
for src in [r'"\N{FOO BAR}"', r'"ab\N{LATIN"', r'"ab\N"', r'"ab\N{}"', r'b"\N{EM DASH}"']:
    try:
        print(repr(eval(src)))
    except SyntaxError as e:
        print("SyntaxError", e.msg)
t(lambda: ud.name('a'))
t(lambda: ud.name('\u2014'))
t(lambda: ud.name('\x00'))
t(lambda: ud.name('\x00', 'none'))
t(lambda: ud.name('ab'))
t(lambda: ud.name(5))
t(lambda: ud.name('\uac00'))
t(lambda: ud.name('\u4e00'))
t(lambda: ud.lookup('LATIN SMALL LETTER A'))
t(lambda: ud.lookup('em dash'))
t(lambda: ud.lookup('NOPE NOPE'))
for c in 'aA1 \u2014\u00e9\u0301\u4e00\n\u00bd\u2167\u0663':
    print(repr(c), ud.category(c), ud.numeric(c, None), ud.decimal(c, None), ud.digit(c, None), ud.combining(c), ud.bidirectional(c), ud.east_asian_width(c), ud.mirrored(c), repr(ud.decomposition(c)))
t(lambda: ud.numeric('a'))
t(lambda: ud.decimal('a'))
t(lambda: ud.digit('a'))
t(lambda: ud.numeric('\u00bd'))
s = "e\u0301 \u00e9 \ufb01 \u2460 \u1e9b\u0323"
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    print(form, ascii(ud.normalize(form, s)), ud.is_normalized(form, s))
t(lambda: ud.normalize('XYZ', 'a'))
t(lambda: ud.normalize('NFC', 5))
