# hashlib: hash objects over the Rust part's one-shot _digest. An object
# keeps the chunks given to update (joined lazily), so copy() is cheap and
# digest() hashes everything fed so far.

_SIZES = {
    'md5': (16, 64), 'sha1': (20, 64), 'sha224': (28, 64),
    'sha256': (32, 64), 'sha384': (48, 128), 'sha512': (64, 128),
}

algorithms_guaranteed = frozenset(_SIZES)
algorithms_available = frozenset(_SIZES)


def _check(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    if not isinstance(data, bytes):
        raise TypeError('object supporting the buffer API required')


class HASH:
    __slots__ = ('_name', '_chunks')

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create '_hashlib.HASH' instances")

    @property
    def name(self):
        return self._name

    @property
    def digest_size(self):
        return _SIZES[self._name][0]

    @property
    def block_size(self):
        return _SIZES[self._name][1]

    def update(self, obj, /):
        _check(obj)
        self._chunks.append(obj)

    def _data(self):
        chunks = self._chunks
        if len(chunks) > 1:
            chunks[:] = [b''.join(chunks)]
        return chunks[0] if chunks else b''

    def digest(self):
        return _digest(self._name, self._data())

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        h = object.__new__(HASH)
        h._name = self._name
        h._chunks = [self._data()]
        return h

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %#x>' % (self._name, id(self))


HASH.__module__ = '_hashlib'


def _make(name, data):
    h = object.__new__(HASH)
    h._name = name
    h._chunks = []
    if data is not None:
        h.update(data)
    return h


def new(name, data=b'', **kwargs):
    if not isinstance(name, str):
        raise TypeError('name must be a string')
    if 'string' in kwargs:
        data = kwargs.pop('string')
    kwargs.pop('usedforsecurity', None)
    if kwargs:
        raise TypeError("'%s' is an invalid keyword argument for new()"
                        % next(iter(kwargs)))
    key = name.lower()
    if key not in _SIZES:
        raise ValueError('unsupported hash type ' + name)
    return _make(key, data)


def _constructor(name):
    def construct(data=b'', *, usedforsecurity=True, string=None):
        if string is not None:
            data = string
        return _make(name, data)
    construct.__name__ = 'openssl_' + name
    construct.__qualname__ = construct.__name__
    return construct


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')


def file_digest(fileobj, digest, /, *, _bufsize=2**18):
    h = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        h.update(chunk)
    return h
