# Writing to a file opened for reading: io.UnsupportedOperation.
# It works in a fresh temporary folder, removed at the end.
import os as _os, shutil as _shutil, tempfile as _tempfile
_home = _os.getcwd()
_os.chdir(_tempfile.mkdtemp())
try:
    import os
    D = '_tmp_open_readonly'
    os.mkdir(D)
    p = os.path.join(D, 'r.txt')
    with open(p, 'w') as f:
        f.write('x')
    f = open(p)
    os.remove(p)
    os.rmdir(D)
    f.write('y')
finally:
    _tmp = _os.getcwd()
    _os.chdir(_home)
    _shutil.rmtree(_tmp)
