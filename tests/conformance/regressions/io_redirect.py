import io
import sys
from contextlib import redirect_stdout, redirect_stderr

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured", 1, 2)
    print("second line", end="!")
print("outside:", repr(buf.getvalue()))

err = io.StringIO()
with redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(repr(err.getvalue()))

s = io.StringIO("line one\nline two\nthree")
print(s.readline(), end="")
print(s.read(4), s.tell())
print(s.readlines())
s.seek(0)
print([line.rstrip() for line in s])
s.seek(5)
s.write("ONE")
print(s.getvalue())
s.seek(0, 2)
s.write("!")
print(s.getvalue(), s.tell())
print(s.truncate(4), repr(s.getvalue()))
s.close()
try:
    s.getvalue()
except ValueError as e:
    print("ValueError", e)
try:
    io.StringIO().write(5)
except TypeError as e:
    print("TypeError", e)

old = sys.stdout
sys.stdout = io.StringIO()
print("hidden")
captured = sys.stdout.getvalue()
sys.stdout = old
print("got", repr(captured))

with io.StringIO() as f:
    f.writelines(["a", "b"])
    print(f.getvalue(), f.closed)
print(f.closed)
