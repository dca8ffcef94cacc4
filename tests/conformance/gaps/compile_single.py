# compile(..., 'single') echoes expression statements through sys.displayhook.
import builtins
import sys

exec(compile("1 + 2", "<s>", "single"))
print("_ is", builtins._)
exec(compile("None", "<s>", "single"))
print("_ still", builtins._)
exec(compile("x = 5", "<s>", "single"))
exec(compile("'abc'", "<s>", "single"))
exec(compile("if True:\n    7\n    None\n    8\n", "<s>", "single"))
exec(compile("for i in range(2):\n    i * 10\n", "<s>", "single"))
exec(compile("[1, 'a', (2,)]", "<s>", "single"))
ns = {}
exec(compile("y = 3\n", "<s>", "single"), ns)
exec(compile("y * 2", "<s>", "single"), ns)
print("_ now", _)
seen = []
sys.displayhook = seen.append
exec(compile("42", "<s>", "single"))
exec(compile("None", "<s>", "single"))
sys.displayhook = sys.__displayhook__
print("hook saw", seen)
sys.displayhook(99)
sys.displayhook(None)
print("_ after hook", builtins._)
exec(compile("1; 2", "<s>", "single"))
exec(compile("3", "<s>", "exec"))
print(eval(compile("4", "<s>", "single")))
del sys.displayhook
try:
    exec(compile("5", "<s>", "single"))
except RuntimeError as e:
    print("RuntimeError", e)
sys.displayhook = sys.__displayhook__
