# tempfile and shutil: a temporary folder, copies of files and trees,
# named temporary files, and removal of whole trees.
import os
import shutil
import tempfile

d = tempfile.mkdtemp(prefix='pyro_', suffix='_x')
name = os.path.basename(d)
print(name.startswith('pyro_'), name.endswith('_x'), len(name), os.path.isdir(d))
print(os.path.dirname(d) == tempfile.gettempdir(), tempfile.gettempprefix())
try:
    os.makedirs(os.path.join(d, 'a', 'b'))
    src = os.path.join(d, 'a', 'b', 'f.txt')
    with open(src, 'w') as f:
        f.write('hello\n')
    print(shutil.copy(src, d) == os.path.join(d, 'f.txt'))
    print(shutil.copyfile(src, os.path.join(d, 'g.txt')) == os.path.join(d, 'g.txt'))
    shutil.copytree(os.path.join(d, 'a'), os.path.join(d, 'c'))
    print(sorted(os.listdir(d)), open(os.path.join(d, 'c', 'b', 'f.txt')).read(), end='')
    try:
        shutil.copytree(os.path.join(d, 'a'), os.path.join(d, 'c'))
    except FileExistsError as e:
        print(type(e).__name__, e.strerror)
    shutil.copytree(os.path.join(d, 'a'), os.path.join(d, 'c'), dirs_exist_ok=True)
    shutil.copytree(os.path.join(d, 'a'), os.path.join(d, 'e'), ignore=shutil.ignore_patterns('*.txt'))
    print(sorted(os.listdir(os.path.join(d, 'e', 'b'))))
    try:
        shutil.copyfile(src, src)
    except shutil.SameFileError as e:
        print(type(e).__name__, isinstance(e, OSError))
    print(shutil.move(os.path.join(d, 'g.txt'), os.path.join(d, 'c')) == os.path.join(d, 'c', 'g.txt'))
    print(sorted(os.listdir(os.path.join(d, 'c'))))

    with tempfile.NamedTemporaryFile('w+', dir=d, suffix='.txt') as f:
        f.write('x\ny\n')
        f.seek(0)
        print(repr(f.read()), f.name.endswith('.txt'), os.path.exists(f.name))
        kept = f.name
    print(os.path.exists(kept))
    f = tempfile.NamedTemporaryFile(dir=d, delete=False)
    f.write(b'bytes')
    f.close()
    print(open(f.name, 'rb').read(), f.closed)
    with tempfile.TemporaryDirectory(dir=d) as t:
        open(os.path.join(t, 'q'), 'w').close()
        print(os.listdir(t))
    print(os.path.exists(t))
    td = tempfile.TemporaryDirectory(dir=d)
    print(repr(td) == f'<TemporaryDirectory {td.name!r}>')
    td.cleanup()
    print(os.path.exists(td.name))
finally:
    shutil.rmtree(d)
print(os.path.exists(d))
try:
    shutil.rmtree(d)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
shutil.rmtree(d, ignore_errors=True)
