# _io: file objects (open(), TextIOWrapper, BufferedReader/Writer/Random,
# FileIO) over the host-granted filesystem primitives of _fs. Writes go to
# the host file at once (no write buffer), so flush() has nothing to do.

import _fs

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

# Line ends the host reader splits on, by `newline` (see _fs.readline).
_SPLIT = {None: 1, '': 1, '\n': 0, '\r': 2, '\r\n': 3}
# A chars-consumed count rides above the byte position in a text tell()
# cookie when the position inside a line cannot be given in bytes.
_COOKIE_SHIFT = 64


class UnsupportedOperation(OSError, ValueError):
    __module__ = 'io'


def _fspath(file):
    if isinstance(file, (str, bytes)):
        return file
    fspath = getattr(type(file), '__fspath__', None)
    if fspath is None:
        raise TypeError(f'expected str, bytes or os.PathLike object, not {type(file).__name__}')
    path = fspath(file)
    if not isinstance(path, (str, bytes)):
        raise TypeError(f'expected {type(file).__name__}.__fspath__() to return str or bytes, '
                        f'not {type(path).__name__}')
    return path


def _name_str(path):
    return path.decode('utf-8', 'replace') if isinstance(path, bytes) else path


class _IOBase:
    def _checkClosed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=-1):
        if hint is None:
            hint = -1
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)

    def isatty(self):
        self._checkClosed()
        return False

    def flush(self):
        self._checkClosed()


class FileIO(_IOBase):
    """The raw file: a host handle from _fs."""

    def __init__(self, name, mode, handle):
        self.name = name
        self.mode = mode
        self._h = handle
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def close(self):
        if not self._closed:
            self._closed = True
            _fs.close(self._h)

    def readable(self):
        self._checkClosed()
        return 'r' in self.mode or '+' in self.mode

    def writable(self):
        self._checkClosed()
        return 'r' not in self.mode or '+' in self.mode

    def seekable(self):
        self._checkClosed()
        return True

    def fileno(self):
        self._checkClosed()
        return _fs.fileno(self._h)

    def __repr__(self):
        return f'<_io.FileIO name={self.name!r} mode={self.mode!r} closefd=True>'


class _Buffered(_IOBase):
    """Binary file objects; what kind is only the class name."""

    def __init__(self, raw):
        self.raw = raw

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    @property
    def closed(self):
        return self.raw.closed

    def close(self):
        self.raw.close()

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def seekable(self):
        return self.raw.seekable()

    def fileno(self):
        return self.raw.fileno()

    def detach(self):
        raw = self.raw
        return raw

    def _check_readable(self, what):
        if self.closed:
            raise ValueError(f'{what} of closed file')
        if not self.raw.readable():
            raise UnsupportedOperation(what)

    def read(self, size=-1):
        self._check_readable('read')
        if size is None:
            size = -1
        return _fs.read(self.raw._h, size)

    read1 = read

    def readline(self, size=-1):
        self._check_readable('readline')
        if size is None:
            size = -1
        return _fs.readline(self.raw._h, size, 0)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data  # a list or other mutable sequence
        return len(data)

    def write(self, b):
        if self.closed:
            raise ValueError('write to closed file')
        if not self.raw.writable():
            raise UnsupportedOperation('write')
        if isinstance(b, str) or not isinstance(b, bytes):
            raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
        return _fs.write(self.raw._h, bytes(b))

    def seek(self, pos, whence=0):
        self._checkClosed()
        if whence not in (0, 1, 2):
            raise ValueError(f'whence value {whence} unsupported')
        if whence == 0 and pos < 0:
            raise OSError(22, 'Invalid argument')
        return _fs.seek(self.raw._h, pos, whence)

    def tell(self):
        self._checkClosed()
        return _fs.tell(self.raw._h)

    def truncate(self, pos=None):
        self._checkClosed()
        if not self.raw.writable():
            raise UnsupportedOperation('truncate')
        if pos is None:
            pos = self.tell()
        return _fs.truncate(self.raw._h, pos)

    def __repr__(self):
        return f'<_io.{type(self).__name__} name={self.name!r}>'


class BufferedReader(_Buffered):
    pass


class BufferedWriter(_Buffered):
    pass


class BufferedRandom(_Buffered):
    pass


def _translate_in(text):
    return text.replace('\r\n', '\n').replace('\r', '\n')


class TextIOWrapper(_IOBase):
    """A text file: decodes and encodes through `encoding`, translating
    line ends as `newline` says. Reads go a line at a time, so tell()
    is the byte offset of the next character to read."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None, mode='r'):
        self.buffer = buffer
        self.encoding = 'UTF-8' if encoding is None else encoding
        self.errors = 'strict' if errors is None else errors
        self._newline = newline
        self.mode = mode
        self.line_buffering = False
        self._line = ''            # the rest of the line being read
        self._line_start = 0       # its byte offset in the file
        self._used = 0             # characters of it already returned
        self._seen = set()

    @property
    def name(self):
        return self.buffer.name

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def newlines(self):
        seen = sorted(self._seen, key=['\r', '\n', '\r\n'].index)
        if not seen:
            return None
        return seen[0] if len(seen) == 1 else tuple(seen)

    def close(self):
        self.buffer.close()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def fileno(self):
        return self.buffer.fileno()

    def detach(self):
        return self.buffer

    def _check_readable(self):
        self._checkClosed()
        if not self.buffer.raw.readable():
            raise UnsupportedOperation('not readable')

    def _decode(self, data):
        text = data.decode(self.encoding, self.errors)
        if self._newline is None or self._newline == '':
            if '\r' in text:
                if '\r\n' in text:
                    self._seen.add('\r\n')
                if '\r' in text.replace('\r\n', ''):
                    self._seen.add('\r')
                if '\n' in text.replace('\r\n', ''):
                    self._seen.add('\n')
            elif '\n' in text:
                self._seen.add('\n')
            if self._newline is None:
                text = _translate_in(text)
        return text

    def _next_line(self):
        h = self.buffer.raw._h
        self._line_start = _fs.tell(h)
        self._line = self._decode(_fs.readline(h, -1, _SPLIT[self._newline]))
        self._used = 0

    def _take(self, n):
        out = self._line[self._used:self._used + n]
        self._used += len(out)
        if self._used >= len(self._line):
            self._line = ''
            self._used = 0
        return out

    def read(self, size=-1):
        self._check_readable()
        if size is None:
            size = -1
        if size < 0:
            head = self._take(len(self._line))
            return head + self._decode(_fs.read(self.buffer.raw._h, -1))
        parts = []
        while size > 0:
            if not self._line:
                self._next_line()
                if not self._line:
                    break
            part = self._take(size)
            parts.append(part)
            size -= len(part)
        return ''.join(parts)

    def readline(self, size=-1):
        self._check_readable()
        if size is None:
            size = -1
        if not self._line:
            self._next_line()
        rest = len(self._line) - self._used
        return self._take(rest if size < 0 else min(size, rest))

    def _sync(self):
        # Puts the host position where the reader is, dropping the rest of
        # the line read ahead.
        if self._line:
            _fs.seek(self.buffer.raw._h, self.tell(), 0)
            self._line = ''
            self._used = 0

    def tell(self):
        self._checkClosed()
        if not self._line:
            return _fs.tell(self.buffer.raw._h)
        done = self._line[:self._used]
        if self.errors == 'strict' and '\n' not in done and '\r' not in done:
            return self._line_start + len(done.encode(self.encoding))
        return self._line_start | (self._used << _COOKIE_SHIFT)

    def seek(self, cookie, whence=0):
        self._checkClosed()
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            return self.tell()
        if whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self._line = ''
            self._used = 0
            return _fs.seek(self.buffer.raw._h, 0, 2)
        if whence != 0:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        if cookie < 0:
            raise ValueError(f'negative seek position {cookie}')
        self._line = ''
        self._used = 0
        pos = cookie & ((1 << _COOKIE_SHIFT) - 1)
        skip = cookie >> _COOKIE_SHIFT
        _fs.seek(self.buffer.raw._h, pos, 0)
        if skip:
            self._next_line()
            self._take(skip)
        return cookie

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError(f'write() argument must be str, not {type(s).__name__}')
        if not self.buffer.raw.writable():
            raise UnsupportedOperation('not writable')
        self._sync()
        text = s
        if self._newline in ('\r', '\r\n'):
            text = text.replace('\n', self._newline)
        _fs.write(self.buffer.raw._h, text.encode(self.encoding, self.errors))
        return len(s)

    def truncate(self, pos=None):
        self._checkClosed()
        if not self.buffer.raw.writable():
            raise UnsupportedOperation('truncate')
        self._sync()
        if pos is None:
            pos = self.tell()
        return _fs.truncate(self.buffer.raw._h, pos)

    def __repr__(self):
        return f'<_io.TextIOWrapper name={self.name!r} mode={self.mode!r} encoding={self.encoding!r}>'


def _parse_mode(mode):
    if not isinstance(mode, str):
        raise TypeError(f'open() argument 2 must be str, not {type(mode).__name__}')
    kinds = set()
    for ch in mode:
        if ch not in 'rwaxb+t' or ch in kinds:
            raise ValueError(f'invalid mode: {mode!r}')
        kinds.add(ch)
    creating = sum(ch in kinds for ch in 'rwax')
    if 't' in kinds and 'b' in kinds:
        raise ValueError("can't have text and binary mode at once")
    if creating != 1:
        if kinds <= {'b', 't'}:
            raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
        raise ValueError('must have exactly one of create/read/write/append mode')
    kind = next(ch for ch in 'rwax' if ch in kinds)
    return kind, '+' in kinds, 'b' in kinds


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    if isinstance(file, int) and not isinstance(file, bool):
        raise UnsupportedOperation('opening a file descriptor is not supported')
    path = _fspath(file)
    kind, plus, binary = _parse_mode(mode)
    if binary:
        if encoding is not None:
            raise ValueError("binary mode doesn't take an encoding argument")
        if errors is not None:
            raise ValueError("binary mode doesn't take an errors argument")
        if newline is not None:
            raise ValueError("binary mode doesn't take a newline argument")
    else:
        if buffering == 0:
            raise ValueError("can't have unbuffered text I/O")
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f'open() argument 6 must be str or None, not {type(newline).__name__}')
        if newline not in _SPLIT:
            raise ValueError(f'illegal newline value: {newline}')
        if encoding is not None:
            if not isinstance(encoding, str):
                raise TypeError(f'open() argument 4 must be str or None, not {type(encoding).__name__}')
            b''.decode(encoding)  # LookupError: unknown encoding
    name = _name_str(path)
    handle = _fs.open(name, kind + ('+' if plus else ''))
    if kind == 'a':
        _fs.seek(handle, 0, 2)  # as CPython: tell() starts at the end
    raw_mode = {'r': 'rb', 'w': 'wb', 'a': 'ab', 'x': 'xb'}[kind]
    if plus:
        raw_mode = {'w': 'rb+'}.get(kind, raw_mode + '+')
    raw = FileIO(name, raw_mode, handle)
    if plus:
        buffer = BufferedRandom(raw)
    elif kind == 'r':
        buffer = BufferedReader(raw)
    else:
        buffer = BufferedWriter(raw)
    if binary:
        return buffer
    return TextIOWrapper(buffer, encoding, errors, newline, mode)
