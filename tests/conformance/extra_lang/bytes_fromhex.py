def attempt(s):
    try:
        print(repr(s), "->", bytes.fromhex(s))
    except Exception as e:
        print(repr(s), "->", type(e).__name__ + ":", e)

for s in ["61 62  63", "", "DEADbeef", " 41\n42\t43 ", "6", "zz", "61 6", "4 1", "61\u00a062", "٣٣", 5]:
    attempt(s)

class B(bytes):
    pass

b = B.fromhex("414243")
print(type(b).__name__, b)
print(b"".fromhex("41"))
try:
    bytes.fromhex()
except TypeError as e:
    print(e)
try:
    bytes.fromhex("41", "42")
except TypeError as e:
    print(e)
