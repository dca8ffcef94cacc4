s = "abc"
print(s[2])
print(repr(s[5:]))
try:
    ""[0]
except IndexError as e:
    print("caught:", e)
print(s[10])
