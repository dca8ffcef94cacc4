# Traceback objects (tb_frame, tb_lineno, tb_next), sys.exc_info, and the
# traceback module (extract_tb, format_exc, format_exception, ...).
import sys
import traceback


def inner(n):
    if n == 0:
        raise ValueError("bottom")
    inner(n - 1)


def middle():
    try:
        inner(2)
    except ValueError as e:
        raise KeyError("middle") from e


try:
    middle()
except KeyError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name)
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
    for fs in traceback.extract_tb(e.__traceback__):
        print(fs.name, fs.lineno, fs.line, fs.filename.endswith("tbmod.py"))
    print("".join(traceback.format_exception_only(e)), end="")
    text = traceback.format_exc()
    print(text.replace(__file__, "FILE"))
    lines = traceback.format_exception(e, chain=False)
    print(len(lines), lines[0], lines[-1], end="")
    t, v, tb = sys.exc_info()
    print(t.__name__, v is e, tb.tb_lineno)

try:
    1 / 0
except ZeroDivisionError as e:
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__)

try:
    try:
        int("x")
    finally:
        print("finally ran")
except ValueError as e:
    print([f.lineno for f in traceback.extract_tb(e.__traceback__)])


class CM:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("exit sees", t.__name__, tb.tb_lineno, tb.tb_next)
        return True


with CM():
    {}["missing"]

te = traceback.TracebackException.from_exception(ValueError("standalone"))
print(list(te.format()), str(te))
print(traceback.format_exception(None))
