# -*- coding: latin-1 -*-
x = "café ÿ"
print(x, len(x), [hex(ord(c)) for c in x])
