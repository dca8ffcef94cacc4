# json: the module's API over json.decoder and json.encoder (run before it
# in the same namespace).

__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Writes the JSON text of `obj` to the file-like `fp`."""
    if cls is None:
        cls = JSONEncoder
    encoder = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                  check_circular=check_circular, allow_nan=allow_nan,
                  indent=indent, separators=separators, default=default,
                  sort_keys=sort_keys, **kw)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """The JSON text of `obj`."""
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def detect_encoding(b):
    """The encoding of a JSON document given as bytes (RFC 8259 lets it be
    UTF-8, UTF-16 or UTF-32): from its BOM, else from where its first
    characters have zero bytes."""
    b = bytes(b)
    if b.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if b.startswith((b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff')):
        return 'utf-32'
    if b.startswith((b'\xff\xfe', b'\xfe\xff')):
        return 'utf-16'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def _decode_bytes(b):
    encoding = detect_encoding(b)
    if encoding == 'utf-8-sig':
        return bytes(b)[3:].decode('utf-8')
    if encoding == 'utf-8':
        return bytes(b).decode('utf-8')
    return _decode_wide(bytes(b), encoding)


def _decode_wide(b, encoding):
    # UTF-16 and UTF-32, which Pyroclast's codecs lack.
    width = 4 if encoding.startswith('utf-32') else 2
    if encoding in ('utf-16', 'utf-32'):
        order = 'little' if b[:2] == b'\xff\xfe' else 'big'
        b = b[width:]
    else:
        order = 'little' if encoding.endswith('le') else 'big'
    units = [int.from_bytes(b[i:i + width], order)
             for i in range(0, len(b) - len(b) % width, width)]
    if len(b) % width:
        raise UnicodeDecodeError(encoding, b, len(b) - len(b) % width, len(b),
                                 'truncated data')
    out = []
    i = 0
    while i < len(units):
        u = units[i]
        if width == 2 and 0xD800 <= u < 0xDC00 and i + 1 < len(units) \
                and 0xDC00 <= units[i + 1] < 0xE000:
            u = 0x10000 + ((u - 0xD800) << 10) + (units[i + 1] - 0xDC00)
            i += 1
        if 0xD800 <= u < 0xE000 or u > 0x10FFFF:
            raise UnicodeDecodeError(encoding, b, i * width, (i + 1) * width,
                                     'illegal encoding')
        out.append(chr(u))
        i += 1
    return ''.join(out)


_default_decoder = JSONDecoder()

try:
    _BINARY = (bytes, bytearray)
except NameError:
    # Pyroclast has no bytearray (yet).
    _BINARY = (bytes,)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """The Python object of the JSON document `s` (str, bytes or bytearray)."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    else:
        if not isinstance(s, _BINARY):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {type(s).__name__}')
        s = _decode_bytes(s)
    if (cls is None and object_hook is None and parse_int is None
            and parse_float is None and parse_constant is None
            and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """The Python object of the JSON document read from the file-like `fp`."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
