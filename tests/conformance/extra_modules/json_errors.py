# json errors: JSONDecodeError messages, positions and attributes, and the
# encoder's TypeError and ValueError messages, as CPython words them.
import json

bad_docs = [
    '', ' ', '\n\n  ', 'x', '[', ']', '{', '}', '[1,]', '[1 2]', '[1,,2]',
    '{"a" 1}', '{"a": 1,}', '{"a": 1 "b": 2}', '{a: 1}', "{'a': 1}",
    '{"a":}', '{"a"', '{"a":1', '[1, 2', '"abc', '"abc\\', '"a\\x"',
    '"\\u12"', '"\\u12x4"', '"\\uzzzz"', '"\\ud834\\uxyz1"', '"a\x01b"',
    '"line\nbreak"', '1 2', '[1] [2]', '{} x', 'nul', 'tru', 'fals',
    'True', 'None', 'nan', 'inf', '-', '-x', '+1', '01', '.5', '1.',
    '1.e5', '1e', '1e+', '0x10', '[1, 2]]', '{"a": [1, {"b": 2]}',
    '\ufeff[]', '[\n  1,\n  2,\n]', '{\n  "k": "v"\n  "k2": 1\n}',
    '"\u00e9\u00e9\u00e9" x', '["\u00e9", 1 2]',
]
for doc in bad_docs:
    try:
        json.loads(doc)
        print(repr(doc), "parsed?")
    except json.JSONDecodeError as e:
        print(repr(doc), "|", e, "|", repr(e.msg), e.pos, e.lineno, e.colno,
              e.doc == doc)

# JSONDecodeError is a ValueError with the formatted message as its arg.
try:
    json.loads('[1,]')
except ValueError as e:
    print(type(e).__name__, type(e).__module__, isinstance(e, ValueError), e.args)
err = json.JSONDecodeError("Custom", "ab\ncd\nef", 7)
print(err, err.lineno, err.colno, err.pos)
print(json.JSONDecodeError.__mro__[1:])

# raw_decode does not skip leading whitespace.
try:
    json.JSONDecoder().raw_decode(' 1')
except json.JSONDecodeError as e:
    print(e)
try:
    json.JSONDecoder().raw_decode('[1]', 10)
except json.JSONDecodeError as e:
    print(e)

# Wrong input types.
for arg in [None, 1, [1], {"a": 1}]:
    try:
        json.loads(arg)
    except TypeError as e:
        print(e)

# Encoder errors.
class Thing:
    pass

for obj in [{1, 2}, Thing(), b"bytes", [1, object], {"k": complex if False else Thing}]:
    try:
        json.dumps(obj)
    except TypeError as e:
        print("TypeError:", str(e).replace(hex(id(obj)), "ID"))
for obj in [{(1, 2): 1}, {b"k": 1}, {frozenset(): 1}, {Thing: 1}]:
    try:
        json.dumps(obj)
    except TypeError as e:
        print("TypeError:", e)
for v in [float("nan"), [float("inf")], {"a": float("-inf")}, {float("nan"): 1}]:
    try:
        json.dumps(v, allow_nan=False)
    except ValueError as e:
        print("ValueError:", e)

a = []
a.append(a)
d = {}
d["self"] = d
b = [1, {"x": [2]}]
b[1]["x"].append(b)
for v in [a, d, b]:
    try:
        json.dumps(v)
    except ValueError as e:
        print("ValueError:", e)
    try:
        json.dumps(v, indent=2)
    except ValueError as e:
        print("ValueError:", e)

# default returning the object itself is circular too.
try:
    json.dumps(Thing(), default=lambda o: o)
except ValueError as e:
    print("ValueError:", e)

# Without check_circular the recursion limit stops it.
try:
    json.dumps(a, check_circular=False)
except RecursionError as e:
    print("RecursionError")

# The same object twice is not a cycle.
shared = [1, 2]
print(json.dumps([shared, shared, {"again": shared}]))

# Mixed key types cannot be sorted.
try:
    json.dumps({1: "a", "b": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)

# Errors raised by default propagate unchanged.
def picky(o):
    raise KeyError("no way")

try:
    json.dumps([Thing()], default=picky)
except KeyError as e:
    print("KeyError:", e)

# Unexpected keyword arguments.
try:
    json.dumps(1, bogus=True)
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads("1", bogus=True)
except TypeError as e:
    print("TypeError:", e)
