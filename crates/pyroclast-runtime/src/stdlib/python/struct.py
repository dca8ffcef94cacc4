# struct: the Rust part (_pack, _unpack_from, _calcsize) does the work;
# this part holds the exception, the Struct class and the iterator.


class error(Exception):
    pass


error.__module__ = 'struct'


def calcsize(format, /):
    return _calcsize(format)


def pack(format, /, *v):
    return _pack(format, *v)


def unpack(format, buffer, /):
    return _unpack_from(format, buffer, 0, 'unpack')


def unpack_from(format, /, buffer, offset=0):
    return _unpack_from(format, buffer, offset, 'unpack_from')


def iter_unpack(format, buffer, /):
    return Struct(format).iter_unpack(buffer)


def pack_into(format, buffer, offset, /, *v):
    raise TypeError("argument must be read-write bytes-like object, not "
                    + type(buffer).__name__)


class Struct:
    def __init__(self, format):
        self._size = _calcsize(format)
        self._format = format.decode('ascii') if isinstance(format, bytes) else format

    @property
    def format(self):
        return self._format

    @property
    def size(self):
        return self._size

    def pack(self, *v):
        return _pack(self._format, *v)

    def unpack(self, buffer, /):
        return _unpack_from(self._format, buffer, 0, 'unpack')

    def unpack_from(self, buffer, offset=0):
        return _unpack_from(self._format, buffer, offset, 'unpack_from')

    def pack_into(self, buffer, offset, /, *v):
        return pack_into(self._format, buffer, offset, *v)

    def iter_unpack(self, buffer, /):
        size = self._size
        if size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if not isinstance(buffer, bytes):
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(buffer).__name__)
        if len(buffer) % size:
            raise error('iterative unpacking requires a buffer of a multiple '
                        'of %d bytes' % size)
        fmt = self._format
        return iter([_unpack_from(fmt, buffer[i:i + size], 0, 'unpack')
                     for i in range(0, len(buffer), size)])


Struct.__module__ = '_struct'
