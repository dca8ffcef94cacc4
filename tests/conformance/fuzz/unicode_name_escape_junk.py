# Found by the parse fuzz target: \N{...} names with characters no Unicode
# name has (control characters, punctuation) overflowed an index in the
# name tables; they are unknown names, in literals, re and unicodedata.
import re
import unicodedata

for src in ['"\\N{LATIN SMALL LETTER A}"', '"\\N{-latin capital lett\r\rx *=# z}"', '"\\N{EM DASH}\\N{a\tb}"']:
    try:
        print(repr(eval(src)))
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
for pat in [r"\N{EM DASH}", "\\N{bad*name}"]:
    try:
        print(re.compile(pat).pattern == pat)
    except re.error as e:
        print("re.error:", e)
for name in ["EM DASH", "em dash", "EM*DASH", "", "LATIN\rSMALL LETTER A"]:
    try:
        print(repr(unicodedata.lookup(name)))
    except KeyError as e:
        print("KeyError:", e)
