# warnings: default filters, registries, actions, catch_warnings, custom
# showwarning/formatwarning, and the exact text printed to stderr.
import io
import sys
import warnings

captured = io.StringIO()
sys.stderr = captured


def flush(label):
    text = captured.getvalue().replace(__file__, "FILE")
    captured.seek(0)
    captured.truncate()
    print(f"--- {label}")
    print(text, end="")


def old():
    warnings.warn("old is deprecated", DeprecationWarning, stacklevel=2)
    return 1


def f():
    warnings.warn("plain user warning")


for i in range(3):
    f()
flush("default action shows once per location")
old()
flush("DeprecationWarning shown when triggered from __main__")
warnings.warn("top level", RuntimeWarning)
warnings.warn(UserWarning("instance"))
warnings.warn("pending", PendingDeprecationWarning)
flush("instances and ignored categories")

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f()
    f()
    old()
    print(len(w), [str(x.message) for x in w], w[0].category.__name__, w[0].lineno,
          w[0].filename == __file__)
    print(str(w[0]).replace(__file__, "FILE"))
flush("record=True")

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        f()
    except UserWarning as e:
        print("raised", repr(e))
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    f()
flush("error and ignore")

with warnings.catch_warnings():
    warnings.simplefilter("once")
    f()
    f()
    warnings.warn("plain user warning")
flush("once: one per message text")

with warnings.catch_warnings():
    warnings.simplefilter("module")
    for i in range(2):
        warnings.warn("m1")
    warnings.warn("m1")
flush("module: one per module")


def show(message, category, filename, lineno, file=None, line=None):
    print("custom:", message, category.__name__, lineno)


warnings.showwarning = show
warnings.warn("via custom", FutureWarning)
warnings.showwarning = warnings._showwarning_orig
print(warnings.formatwarning("m", UserWarning, "x.py", 3, "  line text  "), end="")
warnings.formatwarning = lambda m, c, fn, ln, line=None: f"[{c.__name__}] {m}\n"
warnings.warn("custom format")
flush("custom formatwarning")
del warnings.formatwarning
warnings.formatwarning = warnings._formatwarning_orig

for bad in (str, 5, Exception):
    try:
        warnings.warn("x", category=bad)
    except TypeError as e:
        print(e)
print(repr(warnings.catch_warnings(record=True)), repr(warnings.catch_warnings()))
c = warnings.catch_warnings()
try:
    c.__exit__()
except RuntimeError as e:
    print(e)
with c:
    try:
        c.__enter__()
    except RuntimeError as e:
        print(e)

warnings.warn_explicit("explicit", UserWarning, "somefile.py", 42)
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 42)
warnings.warn_explicit("explicit", UserWarning, "somefile.py", 42, registry={})
flush("warn_explicit")

m = warnings.WarningMessage(UserWarning("x"), UserWarning, "f.py", 3)
print(m)


class Deprecated:
    def __init__(self):
        warnings.warn("Deprecated class", DeprecationWarning, stacklevel=2)


Deprecated()
warnings.warn("level 5", stacklevel=5)
flush("stacklevel")

warnings.resetwarnings()
print(warnings.filters)
warnings.warn("after reset", DeprecationWarning)
flush("after resetwarnings")
print(sorted(k for k in globals()["__warningregistry__"] if k != "version"))
warnings.simplefilter("ignore", UserWarning)
warnings.simplefilter("ignore", UserWarning)
print(len(warnings.filters), warnings.filters[0])
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("AssertionError:", e)
