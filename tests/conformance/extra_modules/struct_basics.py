import struct

# Sizes, native alignment and standard sizes.
for fmt in ['@bhiqbd', '@ci', '@ic', '@3si', '@e', '@be', '<bhiqbd', '=lL', '@lL',
            '!hd', '0s', '5p', '3x', '< i  h', 'nNP', '@?xH', '2h3c']:
    print(fmt, struct.calcsize(fmt))

# Round trips in every byte order.
for order in '@=<>!':
    fmt = order + 'bBhHiIlLqQ?'
    data = struct.pack(fmt, -128, 255, -32768, 65535, -2**31, 2**32 - 1,
                       -5, 7, -2**63, 2**64 - 1, True)
    print(order, data.hex(), struct.unpack(fmt, data))

print(struct.pack('>i', 1), struct.pack('<i', 1), struct.pack('!H', 0x1234))
print(struct.pack('nN', -1, 2**64 - 1).hex(), struct.unpack('nN', b'\xff' * 16))
print(struct.pack('P', 4096).hex(), struct.unpack('P', struct.pack('P', 4096)))

# Floats, half floats exactly.
for x in [0.0, -0.0, 1.0, -2.5, 0.1, 65504.0, 65519.99, 6e-08, 5.960464477539063e-08,
          2.9802322387695312e-08, 2.98023223876953126e-08, 1.0009765625 * 1.00048828125,
          float('inf'), float('-inf'), 1e-30, 0.333333]:
    h = struct.pack('<e', x)
    print(repr(x), h.hex(), struct.unpack('<e', h), struct.pack('>e', x).hex())
print(struct.unpack('<e', b'\x00\x7e'), struct.unpack('<e', b'\x01\x00'), struct.unpack('>e', b'\x7b\xff'))
print(struct.pack('<f', 0.1).hex(), struct.unpack('<f', struct.pack('<f', 0.1)))
print(struct.pack('>d', 0.1).hex(), struct.unpack('<d', struct.pack('<d', -1e300)))
print(struct.pack('@f', 1e300).hex(), struct.pack('<f', 3), struct.pack('<d', True))

# Strings, chars, pascal strings, padding.
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcdef'), struct.pack('0s', b'x'))
print(struct.pack('5p', b'abcdefgh'), struct.pack('5p', b''), struct.pack('1p', b'zz'))
print(struct.unpack('5p', b'\x09abcd'), struct.unpack('3s2x', b'abcde'))
print(struct.pack('3c', b'a', b'b', b'c'), struct.unpack('3c', b'xyz'))
print(struct.pack('?', []), struct.pack('?', 'x'), struct.unpack('??', b'\x00\x05'))

class Idx:
    def __index__(self):
        return 42

print(struct.pack('<h', Idx()), struct.pack(b'<h', 7))

# unpack_from / iter_unpack / Struct objects.
buf = struct.pack('<3i', 1, 2, 3)
print(struct.unpack_from('<i', buf, 4), struct.unpack_from('<i', buf, offset=8),
      struct.unpack_from('<i', buf, -4), struct.unpack_from('<2i', buf))
print(list(struct.iter_unpack('<i', buf)))
s = struct.Struct('<hh')
print(s.format, s.size, s.pack(1, -1), s.unpack(b'\x01\x00\xff\xff'), s.unpack_from(b'..\x02\x00\x03\x00', 2))
print(struct.Struct(b'>I').format, list(s.iter_unpack(b'\x01\x00\x02\x00\x03\x00\x04\x00')))
print(type(s).__name__, issubclass(struct.error, Exception), struct.error.__module__)

# Errors.
def attempt(f, *args):
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__ + ':', e)

for fmt in 'bBhHiIlLqQ':
    for v in (2**70, -2**70, 2**32, 2**16, 256, -1, 2**63):
        for order in '@<':
            attempt(struct.pack, order + fmt, v)
for args in [('i', 'x'), ('i', 1.5), ('i', None), ('f', 'x'), ('d', []), ('s', 1), ('p', 'x'),
             ('c', b'ab'), ('c', 1), ('c', 'a'), ('<e', 1e10), ('<e', 65520.0), ('<f', 1e300),
             ('ii', 1), ('i',), ('i', 1, 2), ('x', 1), (1, 2), ('z', 1), ('3', 1), ('<P', 1),
             ('2 i', 1), (' <i', 1), ('<n', 1)]:
    attempt(struct.pack, *args)
attempt(struct.unpack, 'i', b'abc')
attempt(struct.unpack, 'i', 'abcd')
attempt(struct.unpack, 'i', b'abcdef')
attempt(struct.unpack_from, 'i', b'abc', 2)
attempt(struct.unpack_from, 'i', b'abcdefgh', 6)
attempt(struct.unpack_from, 'i', b'abcd', 9)
attempt(struct.unpack_from, 'i', b'abcd', -9)
attempt(lambda: list(struct.iter_unpack('i', b'abcde')))
attempt(struct.iter_unpack, '0s', b'abcde')
attempt(struct.calcsize, 'q3')
attempt(struct.calcsize, 5)
attempt(struct.Struct, 'k')
