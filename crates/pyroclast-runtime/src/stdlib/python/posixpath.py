# posixpath (os.path): pure string functions on '/'-separated paths, and the
# few that look at the filesystem (exists, isfile, ...) through os.

import os

sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_unicode_filenames = False


def _str(p, fname):
    p = os.fspath(p) if not isinstance(p, (str, bytes)) and hasattr(type(p), '__fspath__') else p
    if not isinstance(p, (str, bytes)):
        raise TypeError(f"{fname}() argument must be str, bytes, or os.PathLike object, "
                        f"not '{type(p).__name__}'")
    return p


def normcase(s):
    return os.fspath(s)


def isabs(s):
    s = os.fspath(s)
    return s.startswith('/' if isinstance(s, str) else b'/')


def join(a, *p):
    a = _str(a, 'join')
    path = a
    for b in p:
        b = _str(b, 'join')
        if type(b) is not type(a):
            raise TypeError("Can't mix strings and bytes in path components")
        s = '/' if isinstance(b, str) else b'/'
        if b.startswith(s):
            path = b
        elif not path or path.endswith(s):
            path += b
        else:
            path += s + b
    return path


def split(p):
    p = os.fspath(p)
    s = '/' if isinstance(p, str) else b'/'
    i = p.rfind(s) + 1
    head, tail = p[:i], p[i:]
    if head and head != s * len(head):
        head = head.rstrip(s)
    return head, tail


def splitext(p):
    p = os.fspath(p)
    s, dot = ('/', '.') if isinstance(p, str) else (b'/', b'.')
    sep_index = p.rfind(s)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        # A name made only of leading dots has no extension.
        i = sep_index + 1
        while i < dot_index:
            if p[i:i + 1] != dot:
                return p[:dot_index], p[dot_index:]
            i += 1
    return p, p[:0]


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    p = os.fspath(p)
    s = '/' if isinstance(p, str) else b'/'
    return p[p.rfind(s) + 1:]


def dirname(p):
    return split(p)[0]


def normpath(path):
    path = os.fspath(path)
    if isinstance(path, bytes):
        return os.fsencode(normpath(os.fsdecode(path)))
    if not path:
        return '.'
    initial = 1 if path.startswith('/') else 0
    # POSIX leaves the meaning of exactly two leading slashes open; keep them.
    if path.startswith('//') and not path.startswith('///'):
        initial = 2
    out = []
    for comp in path.split('/'):
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial and not out) or (out and out[-1] == '..'):
            out.append(comp)
        elif out:
            out.pop()
    return '/' * initial + '/'.join(out) or '.'


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        path = join(os.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    filename = os.fspath(filename)
    if strict:
        os.stat(filename)
    return os._fs.realpath(filename)


def relpath(path, start=None):
    if not path:
        raise ValueError('no path specified')
    path = os.fspath(path)
    start = curdir if start is None else os.fspath(start)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel = [pardir] * (len(start_list) - i) + path_list[i:]
    if not rel:
        return curdir
    return join(*rel)


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    split_paths = [p.split('/') for p in paths]
    try:
        (absolute,) = set(p[:1] == '/' for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != '.'] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    return ('/' if absolute else '') + '/'.join(common)


def expanduser(path):
    path = os.fspath(path)
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i != 1 or 'HOME' not in os.environ:
        # ~user needs the password database, which is not available.
        return path
    home = os.environ['HOME'].rstrip('/')
    return (home + path[i:]) or '/'


def expandvars(path):
    path = os.fspath(path)
    if '$' not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if path[i + 1:i + 2] == '{':
            end = path.find('}', i + 2)
            name = path[i + 2:end] if end >= 0 else ''
            if end < 0 or not name or name not in os.environ:
                out.append(path[i:end + 1] if end >= 0 else path[i:])
                i = end + 1 if end >= 0 else n
                continue
            out.append(os.environ[name])
            i = end + 1
            continue
        j = i + 1
        while j < n and (path[j].isalnum() or path[j] == '_'):
            j += 1
        name = path[i + 1:j]
        if name and name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(path[i:j])
        i = j
    return ''.join(out)


def exists(path):
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _mode(path, follow=True):
    try:
        return os.stat(path, follow_symlinks=follow).st_mode
    except (OSError, ValueError):
        return 0


def isfile(path):
    return _mode(path) & 0o170000 == 0o100000


def isdir(s):
    return _mode(s) & 0o170000 == 0o040000


def islink(path):
    return _mode(path, False) & 0o170000 == 0o120000


def ismount(path):
    return abspath(path) == '/'


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def samefile(f1, f2):
    s1 = os.stat(f1)
    s2 = os.stat(f2)
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev
