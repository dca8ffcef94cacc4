# Text files: every mode, reading by size, line and iteration, seek/tell,
# truncate, append, exclusive creation; the work happens in a fresh folder.
# It works in a fresh temporary folder, removed at the end.
import os as _os, shutil as _shutil, tempfile as _tempfile
_home = _os.getcwd()
_os.chdir(_tempfile.mkdtemp())
try:
    import os

    D = '_tmp_open_text_modes'
    os.mkdir(D)
    path = os.path.join(D, 'notes.txt')

    with open(path, 'w') as f:
        print(repr(f))
        print(f.name, f.mode, f.closed, f.encoding, f.writable(), f.readable())
        print(f.write('first line\n'))
        f.writelines(['second\n', 'third ', 'still third\n'])
        print(f.write('café\n'), f.tell())
    print(f.closed)

    with open(path) as f:
        print(repr(f.read(5)), f.tell())
        print(repr(f.readline()))
        print(repr(f.readline(3)), repr(f.readline()))
        print(f.tell())
        rest = f.read()
        print(repr(rest), repr(f.read()), repr(f.readline()))
        print(f.seek(0), repr(f.readline()), f.tell())

    with open(path) as f:
        for n, line in enumerate(f, 1):
            print(n, repr(line))

    with open(path) as f:
        print(f.readlines())
    print(open(path).read().splitlines())

    with open(path, 'a') as f:
        print(f.tell(), f.write('appended\n'))
    with open(path, 'r+') as f:
        print(repr(f.readline()))
        f.seek(0)
        f.write('FIRST')
        f.seek(0, 2)
        f.write('end\n')
        f.seek(0)
        print(f.read())
    with open(path, 'w+') as f:
        f.write('abc\ndef\n')
        print(f.seek(0), repr(f.read()))
        f.seek(4)
        print(f.truncate(), repr(open(path).read()))
    with open(path, 'a+') as f:
        f.write('ghi\n')
        f.seek(0)
        print(repr(f.read()))

    xpath = os.path.join(D, 'fresh.txt')
    with open(xpath, 'x') as f:
        f.write('made once')
    print(open(xpath).read())
    try:
        open(xpath, 'x')
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == xpath)

    with open(path, 'w') as f:
        f.write('')
    print(repr(open(path).read()), os.path.getsize(path))

    for name in os.listdir(D):
        os.remove(os.path.join(D, name))
    os.rmdir(D)
    print(os.path.exists(D))
finally:
    _tmp = _os.getcwd()
    _os.chdir(_home)
    _shutil.rmtree(_tmp)
