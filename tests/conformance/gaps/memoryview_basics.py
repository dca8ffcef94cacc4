# memoryview over bytes and bytearray.
m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], m.readonly, m.nbytes, m.format, m.itemsize, m.ndim)
print(m.shape, m.strides, m.obj, m.tobytes(), m.tolist())
s = m[1:4]
print(type(s).__name__, s.tobytes(), len(s), s[0], s.tolist(), s.nbytes)
print(m[::2].tobytes(), m[::-1].tobytes(), m[::2][1], m[1:][::2].tolist())
print(m == b"abcdef", b"abcdef" == m, m == bytearray(b"abcdef"), m != b"x", m == "abcdef")
print(m[1:3] == memoryview(b"bc"), bytes(m[2:]), bytearray(m[:2]), list(m[:3]))
print(m.hex(), m[:2].hex("-"), m.toreadonly().readonly)
ba = bytearray(b"hello")
w = memoryview(ba)
print(w.readonly, w.obj is ba)
w[0] = 72
w[1:3] = b"EL"
w[-1] = ord("O")
print(ba, w.tobytes())
w[::2] = b"xyz"
print(ba)
part = w[1:4]
part[0] = 33
print(ba, part.tobytes())
ba[2] = 63
print(w[2], part.tolist())
ro = w.toreadonly()
print(ro.readonly, ro.tobytes())
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError", e)
with memoryview(bytearray(b"ctx")) as cm:
    print(cm.tobytes(), cm[1])
print(repr(cm).startswith("<released memory at 0x"), repr(m).startswith("<memory at 0x"))
try:
    cm.tobytes()
except ValueError as e:
    print("ValueError", e)
data = bytearray(b"abc")
with memoryview(data) as v:
    pass
data.extend(b"def")
print(data, memoryview(memoryview(data)).tobytes())
print(b"-".join([memoryview(b"a"), b"b"]), b"abc".startswith(memoryview(b"ab")))
print(hash(memoryview(b"xy")) == hash(b"xy"), isinstance(m, memoryview))
