# json.loads / json.load: the grammar, numbers, strings, whitespace,
# bytes input, raw_decode and scanstring.
import io
import json

docs = [
    '{"a": 1, "b": [true, false, null], "c": {"d": "e"}}',
    '  [1, 2, 3]  ',
    '\n\t{ "spaced" :\r\n [ 1 , 2 ] }\n',
    '"just a string"',
    '42', '-0', '-12', '0.5', '-0.0', '1e3', '1E3', '2.5e-3', '1e+2', '-1.5E+10',
    '123456789012345678901234567890', '-98765432109876543210',
    '1e400', '-1e400', '1e-400', '0.1', '17.0',
    'NaN', 'Infinity', '-Infinity', '[NaN, Infinity, -Infinity]',
    'true', 'false', 'null', '[]', '{}', '[[]]', '[{}]', '{"": ""}',
    '{"a": 1, "a": 2}', '{"b": 1, "a": 2, "b": 3}',
]
for d in docs:
    print(repr(d), "->", repr(json.loads(d)))

# Strings: every escape, surrogate pairs, raw non-ASCII.
strings = [
    r'"\" \\ \/ \b \f \n \r \t"',
    r'"\u0041\u00e9\u4e2d"',
    r'"\ud83d\ude00 and \uD83D\uDE00"',
    '"caf\u00e9 \U0001F600"',
    r'"\u0000\u001f"',
    r'"a\u0022b"',
]
for s in strings:
    v = json.loads(s)
    print(repr(v), len(v))

# Control characters are allowed with strict=False.
print(repr(json.loads('"tab\there\nnew"', strict=False)))
print(repr(json.loads('{"k": "a\x00b"}', strict=False)))

# Bytes in UTF-8 (with or without BOM), UTF-16 and UTF-32.
print(json.loads(b'{"x": "\xc3\xa9"}'))
print(json.loads(b'\xef\xbb\xbf[1, 2]'))
print(json.loads(b'\xff\xfe[\x001\x00]\x00'))
print(json.loads(b'\x00[\x00"\x00\xe9\x00"\x00]'))
print(json.loads(b'[\x00\x00\x002\x00\x00\x00]\x00\x00\x00'))
print(json.detect_encoding(b'{}'), json.detect_encoding(b'\x00{\x00}'),
      json.detect_encoding(b'{\x00}\x00'), json.detect_encoding(b'\xef\xbb\xbf{}'))

# load() reads a file-like object.
f = io.StringIO('{"items": [1, 2, {"deep": [null]}]}')
print(json.load(f))

# Round trips.
value = {"s": "x\u00e9\U0001F600\n", "i": -7, "f": 0.30000000000000004,
         "l": [1, [2, [3]]], "b": [True, False, None], "big": 10**30}
for kwargs in [{}, {"indent": 2}, {"ensure_ascii": False}, {"sort_keys": True}]:
    print(json.loads(json.dumps(value, **kwargs)) == value)

# raw_decode leaves what follows the value.
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} trailing'))
print(dec.raw_decode('[1, 2]', 0), dec.raw_decode('xx[1, 2]', 2))
print(dec.raw_decode('"\u00e9\u00e9" "x"'))
text = '{"a": 1} [2] "three" 4.5'
pos = 0
while pos < len(text):
    obj, pos = dec.raw_decode(text, pos)
    print(repr(obj), pos)
    while pos < len(text) and text[pos] == " ":
        pos += 1
print(dec.decode('  {"x": [1]}  '))
print(dec.scan_once('[1,2] rest', 0))

# scanstring works on a string body.
print(json.decoder.scanstring('"hello" world', 1))
print(json.decoder.scanstring('x"\u00e9\\n"', 2))

# The decoder's attributes.
d2 = json.JSONDecoder(strict=False)
print(d2.strict, d2.object_hook, d2.parse_float is float, d2.parse_int is int,
      d2.parse_constant('NaN'), d2.object_pairs_hook)
