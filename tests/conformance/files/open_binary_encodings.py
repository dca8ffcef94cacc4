# Binary files, encodings and their error handlers, and the newline
# argument (universal newlines on read, translation on write).
# It works in a fresh temporary folder, removed at the end.
import os as _os, shutil as _shutil, tempfile as _tempfile
_home = _os.getcwd()
_os.chdir(_tempfile.mkdtemp())
try:
    import os

    D = '_tmp_open_binary'
    os.mkdir(D)
    b = os.path.join(D, 'data.bin')
    t = os.path.join(D, 'text.txt')

    with open(b, 'wb') as f:
        print(repr(f), f.mode, f.name)
        print(f.write(b'\x00\x01\xffline\nnext\r\n'))
    with open(b, 'ab') as f:
        print(f.write(b'tail'), f.tell())
    with open(b, 'rb') as f:
        print(repr(f), f.read(3), f.tell())
        print(f.readline(), f.readline(), f.readline(), f.readline())
        print(f.seek(-4, 2), f.read(), f.seek(1), f.read(2))
    with open(b, 'r+b') as f:
        print(repr(f), f.mode)
        f.seek(3)
        f.write(b'LINE')
        print(f.seek(0), f.read())
        print(f.truncate(5), f.seek(0, 2))
    print(open(b, 'rb').read())
    for line in open(b, 'rb'):
        print(line)

    with open(t, 'wb') as f:
        f.write(b'one\r\ntwo\rthree\nfour')
    with open(t) as f:
        print(f.readlines())
    with open(t, newline='') as f:
        print(f.readlines())
    with open(t, newline='\n') as f:
        print(f.readlines())
    with open(t, newline='\r') as f:
        print(f.readlines())
    with open(t, newline='\r\n') as f:
        print(f.readlines())
    print(repr(open(t).read()))

    for nl in [None, '', '\n', '\r', '\r\n']:
        with open(t, 'w', newline=nl) as f:
            f.write('a\nb\n')
        print(repr(nl), open(t, 'rb').read())

    with open(t, 'w', encoding='latin-1') as f:
        print(repr(f), f.encoding, f.errors)
        f.write('café ÿ\n')
    print(open(t, 'rb').read(), open(t, encoding='latin-1').read())
    try:
        open(t, encoding='utf-8').read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
    print(repr(open(t, encoding='utf-8', errors='replace').read()))
    print(repr(open(t, encoding='utf-8', errors='ignore').read()))
    print(repr(open(t, encoding='ascii', errors='replace').read()))
    with open(t, 'w', encoding='ascii', errors='replace') as f:
        f.write('naïve ☃\n')
    print(open(t, 'rb').read())
    with open(t, 'w', encoding='ascii', errors='ignore') as f:
        f.write('naïve ☃\n')
    print(open(t, 'rb').read())
    try:
        with open(t, 'w', encoding='ascii') as f:
            f.write('naïve')
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
    with open(t, 'w', encoding='utf-8') as f:
        f.write('ünïcode ✓\nzwei\n')
    with open(t, encoding='utf-8') as f:
        print(repr(f.read(3)), f.tell(), repr(f.readline()), f.tell(), repr(f.read()))

    os.remove(b)
    os.remove(t)
    os.rmdir(D)
finally:
    _tmp = _os.getcwd()
    _os.chdir(_home)
    _shutil.rmtree(_tmp)
