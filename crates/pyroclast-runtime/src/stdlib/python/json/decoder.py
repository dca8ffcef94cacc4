# json.decoder: JSONDecodeError and JSONDecoder over the Rust scanner
# (_scan, _scanstring, _skip_ws from the module's Rust part).


class JSONDecodeError(ValueError):
    """A document is not valid JSON: `msg` says why, `pos` (a character
    index of `doc`) where, also given as `lineno` and `colno`."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, f'{msg}: line {lineno} column {colno} (char {pos})')
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': float('-inf'),
    'Infinity': float('inf'),
    'NaN': float('nan'),
}


def _scan_result(s, result):
    ok, value, pos = result
    if ok:
        return value, pos
    if value is None:
        raise StopIteration(pos)
    raise JSONDecodeError(value, s, pos)


def scanstring(s, end, strict=True):
    """The JSON string whose body starts at index `end` of `s` (just after
    its opening quote): its value and the index after its closing quote."""
    return _scan_result(s, _scanstring(s, end, strict))


class JSONDecoder:
    """Decodes JSON documents into Python objects; the hooks replace the
    objects built for objects, floats, ints and NaN/Infinity."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_string = scanstring
        self.memo = {}
        # The scanner is set up once, as CPython's make_scanner does: later
        # changes to the attributes above do not reach it. The builtin
        # float, int and constants need no call.
        self._hooks = (
            strict,
            object_hook,
            object_pairs_hook,
            None if self.parse_float is float else self.parse_float,
            None if self.parse_int is int else self.parse_int,
            parse_constant or None,
        )

    def scan_once(self, s, idx):
        """One value starting exactly at `idx`: `(value, end)`; raises
        StopIteration(idx) when no value starts there."""
        return _scan_result(s, _scan(s, idx, *self._hooks))

    def decode(self, s):
        """The Python object of the document `s` (whitespace around it is
        allowed, anything else after it is not)."""
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """The value starting at `idx` of `s` and the index where it ends;
        text after it is left alone."""
        try:
            return self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError('Expecting value', s, err.value) from None
