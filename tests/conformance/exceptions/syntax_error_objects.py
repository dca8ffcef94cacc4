# SyntaxError objects from compile()/exec()/eval() and made by hand: args,
# msg/filename/lineno/offset/text, str() with the file's base name.
for src, mode in (("a b", "exec"), ("x = (", "exec"), ("def f(:\n  pass", "exec")):
    try:
        compile(src, "dir/f.py", mode)
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text))
        print(str(e))
try:
    exec("if True:\nprint(1)")
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno, isinstance(e, SyntaxError))
e = SyntaxError("m", ("f", 1, 2, "t", 1, 3))
print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, str(e))
print(repr(SyntaxError("only").msg), SyntaxError().msg, str(SyntaxError("only")))
print(str(SyntaxError("m", ("f", None, None, None))), str(SyntaxError("m", (None, 3, None, None))))
e.lineno = 7
print(str(e), e.args)
class MySyntax(SyntaxError):
    pass
print(MySyntax("x", ("g.py", 2, 1, "y", 2, 2)))
