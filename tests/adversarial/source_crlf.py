if True:
    x = "crlf"
    print(x)
s = """a
b"""
print(repr(s))
