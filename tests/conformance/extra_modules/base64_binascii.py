import base64
import binascii

data = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(0, 256, 7)), b'\xfb\xff\xfe']
for d in data:
    print(d)
    print(' ', base64.b64encode(d), base64.urlsafe_b64encode(d), base64.b64encode(d, altchars=b'-_'))
    print(' ', base64.b32encode(d), base64.b32hexencode(d), base64.b16encode(d))
    print(' ', base64.b85encode(d), base64.b85encode(d, pad=True), base64.a85encode(d))
    assert base64.b64decode(base64.b64encode(d)) == d
    assert base64.b32decode(base64.b32encode(d)) == d
    assert base64.b32hexdecode(base64.b32hexencode(d)) == d
    assert base64.b16decode(base64.b16encode(d)) == d
    assert base64.b85decode(base64.b85encode(d)) == d
    assert base64.a85decode(base64.a85encode(d)) == d
    assert base64.urlsafe_b64decode(base64.urlsafe_b64encode(d)) == d
print(base64.standard_b64encode(b'x'), base64.standard_b64decode('eA=='), base64.b64decode('YW Jj\n'))
print(base64.b64decode(b'YW-_', altchars=b'-_'), base64.b64decode('YQ==YQ=='), base64.b64decode('YWJj='))
print(base64.b32decode('mfrgg===', casefold=True), base64.b32decode('M1RGG===', map01='L'), base64.b16decode('4a', True))
print(base64.a85encode(b'\0\0\0\0    xyz', foldspaces=True), base64.a85encode(b'hello world' * 3, wrapcol=10, adobe=True))
print(base64.a85decode(b'<~BOu!rD]j7BEbo7~>', adobe=True), base64.a85decode(b'z y', foldspaces=True))
print(base64.encodebytes(b'x' * 60), base64.decodebytes(b'eHh4\neHh4\n'), base64.encodebytes(b''))

def attempt(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__ + ':', e)

attempt(base64.b64decode, 'YWJ')
attempt(base64.b64decode, 'Y')
attempt(base64.b64decode, 'YWJjZ')
attempt(base64.b64decode, 'YW!Jj', validate=True)
attempt(base64.b64decode, '=YWJj', validate=True)
attempt(base64.b64decode, 'YQ==YQ==', validate=True)
attempt(base64.b64decode, 'YQ=a', validate=True)
attempt(base64.b64decode, '\xe9')
attempt(base64.b64decode, 12)
attempt(base64.b64encode, 'x')
attempt(base64.b32decode, 'MFRGG')
attempt(base64.b32decode, 'mfrgg===')
attempt(base64.b32decode, 'MFRGG=====')
attempt(base64.b16decode, '4a')
attempt(base64.b16decode, '4A5')
attempt(base64.b85decode, b'~~~~~')
attempt(base64.b85decode, b'ab"cd')
attempt(base64.a85decode, b'abz')
attempt(base64.a85decode, b'ab\x7f')
attempt(base64.a85decode, b'xyz', adobe=True)
attempt(base64.encodebytes, 'x')
attempt(base64.decodebytes, 'eA==')

print(binascii.hexlify(b'abc'), binascii.hexlify(b'abc', '-'), binascii.hexlify(b'abcde', b':', 2), binascii.hexlify(b'abcde', ':', -2))
print(binascii.b2a_hex(b'\x00\xff'), binascii.unhexlify('00ff'), binascii.a2b_hex(b'ABcd'))
print(binascii.b2a_base64(b'abcd'), binascii.b2a_base64(b'abcd', newline=False), binascii.a2b_base64('YWJjZA=='))
print(binascii.crc32(b'hello'), binascii.crc32(b'world', binascii.crc32(b'hello ')), binascii.crc32(b'hello world'), binascii.crc32(b''))
print(binascii.crc_hqx(b'hello', 0), binascii.crc_hqx(b'hello', 0xffff), binascii.crc_hqx(b'', 7))
print(binascii.Error.__mro__[1:], binascii.Error.__module__, issubclass(binascii.Incomplete, Exception))
attempt(binascii.hexlify, 'abc')
attempt(binascii.hexlify, b'ab', '--')
attempt(binascii.unhexlify, 'abz0')
attempt(binascii.unhexlify, 'abc')
attempt(binascii.unhexlify, '\xe9\xe9')
attempt(binascii.a2b_base64, 'YWJj=', strict_mode=True)
attempt(binascii.crc32, 'x')
