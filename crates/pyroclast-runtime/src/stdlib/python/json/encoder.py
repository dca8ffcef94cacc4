# json.encoder: JSONEncoder over the Rust encoder (_encode from the
# module's Rust part, which also defines encode_basestring and
# encode_basestring_ascii).

INFINITY = float('inf')


class JSONEncoder:
    """Encodes Python objects as JSON; subclasses override `default` to
    encode other types."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            # No trailing spaces at the ends of indented lines.
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """What to encode in place of `o`, which JSON has no form for."""
        raise TypeError(f'Object of type {type(o).__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """The JSON text of `o`."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def _encode_all(self, o):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _encode(o, self.default, indent, self.key_separator,
                       self.item_separator, self.sort_keys, self.skipkeys,
                       self.allow_nan, self.ensure_ascii, self.check_circular)

    def _chunks(self, o):
        yield self._encode_all(o)

    def iterencode(self, o, _one_shot=False):
        """The JSON text of `o` as an iterable of strings. Pyroclast's
        encoder produces the text in one piece, so there is one string;
        nothing is encoded before the first one is asked for."""
        if _one_shot:
            return (self._encode_all(o),)
        return self._chunks(o)
