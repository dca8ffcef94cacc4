# The errors of open() and of file objects, with CPython's wording.
# It works in a fresh temporary folder, removed at the end.
import os as _os, shutil as _shutil, tempfile as _tempfile
_home = _os.getcwd()
_os.chdir(_tempfile.mkdtemp())
try:
    import io
    import os

    D = '_tmp_open_errors'
    os.mkdir(D)
    p = os.path.join(D, 'f.txt')
    with open(p, 'w') as f:
        f.write('data\n')


    def attempt(label, fn):
        try:
            r = fn()
        except Exception as e:
            print(label, '->', type(e).__name__ + ':', e)
        else:
            print(label, '->', repr(r))


    attempt('missing', lambda: open('x.txt'))
    attempt('missing dir', lambda: open(os.path.join(D, 'nope', 'a.txt'), 'w'))
    attempt('not a dir', lambda: open(os.path.join(p, 'x')))
    attempt('directory', lambda: open(D))
    attempt('directory w', lambda: open(D, 'w'))
    attempt('exists', lambda: open(p, 'x'))
    for mode in ['rw', 'rr', 'q', '', 'tb', 'b', 'U', 'r++']:
        attempt(f'mode {mode!r}', lambda: open(p, mode))
    attempt('binary encoding', lambda: open(p, 'rb', encoding='utf-8'))
    attempt('binary errors', lambda: open(p, 'rb', errors='strict'))
    attempt('binary newline', lambda: open(p, 'rb', newline=''))
    attempt('newline', lambda: open(p, newline='x'))
    attempt('encoding', lambda: open(p, encoding='no-such-codec'))
    attempt('unbuffered text', lambda: open(p, buffering=0))
    attempt('path type', lambda: open(3.5))
    attempt('path list', lambda: open([p]))

    f = open(p, 'w')
    attempt('read write-only', f.read)
    attempt('readline write-only', f.readline)
    attempt('write bytes', lambda: f.write(b'x'))
    attempt('cur seek', lambda: f.seek(1, 1))
    attempt('end seek', lambda: f.seek(1, 2))
    attempt('negative seek', lambda: f.seek(-1))
    attempt('bad whence', lambda: f.seek(0, 3))
    f.close()
    attempt('closed write', lambda: f.write('x'))
    attempt('closed read', f.read)
    attempt('closed tell', f.tell)
    attempt('closed iter', lambda: next(iter(f)))
    attempt('closed with', lambda: f.__enter__())
    f.close()

    f = open(p)
    attempt('write read-only', lambda: f.write('x'))
    attempt('truncate read-only', f.truncate)
    f.close()

    b = open(p, 'rb')
    attempt('binary write', lambda: b.write(b'x'))
    b.close()
    attempt('binary closed read', b.read)
    b = open(p, 'wb')
    attempt('binary read', b.read)
    attempt('binary str', lambda: b.write('text'))
    b.close()

    print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
    print(io.UnsupportedOperation.__module__, io.open is open)

    os.remove(p)
    os.rmdir(D)
finally:
    _tmp = _os.getcwd()
    _os.chdir(_home)
    _shutil.rmtree(_tmp)
