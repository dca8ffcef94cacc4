# os: the filesystem through the host's grant (_fs), the environment the
# host gave, and the process's identity. No processes are started.

import _fs
import abc
import sys

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1
error = OSError


class PathLike(abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented


def fspath(path):
    if isinstance(path, (str, bytes)):
        return path
    method = getattr(type(path), '__fspath__', None)
    if method is None:
        raise TypeError(f'expected str, bytes or os.PathLike object, not {type(path).__name__}')
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError(f'expected {type(path).__name__}.__fspath__() to return str or bytes, '
                    f'not {type(result).__name__}')


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode('utf-8') if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode('utf-8', 'replace') if isinstance(filename, bytes) else filename


def _path(path, fname, allow_none=False):
    # The str a host call gets; bytes paths are decoded as UTF-8.
    if path is None and allow_none:
        return '.'
    if isinstance(path, (str, bytes)) or hasattr(type(path), '__fspath__'):
        return fsdecode(path)
    kinds = 'string, bytes, os.PathLike, integer or None' if allow_none else \
        'string, bytes, os.PathLike or integer'
    raise TypeError(f'{fname}: path should be {kinds}, not {type(path).__name__}')


class _Environ(dict):
    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError(f'str expected, not {type(key).__name__}')
        if not isinstance(value, str):
            raise TypeError(f'str expected, not {type(value).__name__}')
        dict.__setitem__(self, key, value)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def copy(self):
        return dict(self)

    def __repr__(self):
        return f'environ({dict.__repr__(self)})'


environ = _Environ(_fs.environ())


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


def getcwd():
    return _fs.getcwd()


def getcwdb():
    return fsencode(_fs.getcwd())


def chdir(path):
    _fs.chdir(_path(path, 'chdir'))


def getpid():
    return _fs.getpid()


def cpu_count():
    return _fs.cpu_count()


def listdir(path=None):
    return _fs.listdir(_path(path, 'listdir', True))


def mkdir(path, mode=0o777, *, dir_fd=None):
    _fs.mkdir(_path(path, 'mkdir'))


def makedirs(name, mode=0o777, exist_ok=False):
    name = fspath(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == curdir:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def remove(path, *, dir_fd=None):
    _fs.remove(_path(path, 'remove'))


def unlink(path, *, dir_fd=None):
    _fs.remove(_path(path, 'unlink'))


def rmdir(path, *, dir_fd=None):
    _fs.rmdir(_path(path, 'rmdir'))


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _fs.rename(_path(src, 'rename'), _path(dst, 'rename'))


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _fs.rename(_path(src, 'replace'), _path(dst, 'replace'))


_STAT_FIELDS = ('st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size')


class stat_result(tuple):
    """The result of os.stat: ten integer items; the float times are
    attributes (st_atime, st_mtime, st_ctime) as in CPython."""

    def __new__(cls, values):
        values = tuple(values)
        ints = values[:7] + tuple(int(t) for t in values[7:10])
        self = tuple.__new__(cls, ints)
        self._times = values[7:10]
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._times[0])
    st_mtime = property(lambda self: self._times[1])
    st_ctime = property(lambda self: self._times[2])
    st_atime_ns = property(lambda self: int(self._times[0] * 1e9))
    st_mtime_ns = property(lambda self: int(self._times[1] * 1e9))
    st_ctime_ns = property(lambda self: int(self._times[2] * 1e9))

    def __repr__(self):
        names = _STAT_FIELDS + ('st_atime', 'st_mtime', 'st_ctime')
        inner = ', '.join(f'{n}={v}' for n, v in zip(names, self))
        return f'os.stat_result({inner})'


stat_result.__module__ = 'os'


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(_fs.stat(_path(path, 'stat'), follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat_result(_fs.stat(_path(path, 'lstat'), False))


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    try:
        stat(path)
    except OSError:
        return False
    return True


class DirEntry:
    def __init__(self, dir, name):
        self.name = name
        self.path = path.join(dir, name)

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def is_dir(self, *, follow_symlinks=True):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000 == 0o040000
        except OSError:
            return False

    def is_file(self, *, follow_symlinks=True):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000 == 0o100000
        except OSError:
            return False

    def is_symlink(self):
        try:
            return self.stat(follow_symlinks=False).st_mode & 0o170000 == 0o120000
        except OSError:
            return False

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'


class _ScandirIterator:
    def __init__(self, top):
        self._entries = iter([DirEntry(top, n) for n in _fs.listdir(_path(top, 'scandir', True))])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def close(self):
        self._entries = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def scandir(path=None):
    return _ScandirIterator('.' if path is None else fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    dirs = []
    nondirs = []
    for entry in entries:
        (dirs if entry.is_dir() else nondirs).append(entry.name)
    if topdown:
        yield top, dirs, nondirs
        for d in dirs:
            new = path.join(top, d)
            if followlinks or not path.islink(new):
                yield from walk(new, topdown, onerror, followlinks)
    else:
        for d in dirs:
            new = path.join(top, d)
            if followlinks or not path.islink(new):
                yield from walk(new, topdown, onerror, followlinks)
        yield top, dirs, nondirs


class terminal_size(tuple):
    """The (columns, lines) of a terminal, as os.terminal_size."""

    def __new__(cls, seq):
        seq = tuple(seq)
        if len(seq) != 2:
            raise TypeError(f'os.terminal_size() takes a 2-sequence ({len(seq)}-sequence given)')
        return tuple.__new__(cls, seq)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return f'os.terminal_size(columns={self[0]!r}, lines={self[1]!r})'


def get_terminal_size(fd=1):
    # Python code never sees a terminal: output goes through the host.
    raise OSError(25, 'Inappropriate ioctl for device')


import posixpath as path  # noqa: E402  (it imports os)

sys.modules['os.path'] = path
