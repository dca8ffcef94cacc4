# filterwarnings: message and module regexes (case-insensitive message
# match from the start), lineno, append, and -W style precedence.
import io
import sys
import warnings

captured = io.StringIO()
sys.stderr = captured

warnings.filterwarnings("ignore", message="noisy")
warnings.filterwarnings("error", message=".*FATAL", category=RuntimeWarning)
warnings.filterwarnings("always", module="__main__", category=FutureWarning)
warnings.warn("Noisy thing happened")
warnings.warn("not noisy")
try:
    warnings.warn("this is fatal", RuntimeWarning)
except RuntimeWarning as e:
    print("error:", e)
for i in range(2):
    warnings.warn("future", FutureWarning)
warnings.filterwarnings("ignore", category=UserWarning, lineno=23)
warnings.warn("line 23 ignored")
warnings.warn("line 24 shown")
warnings.filterwarnings("error", append=True)
print(warnings.filters[-1][0], len(warnings.filters))
print(type(warnings.filters[0][1]).__name__)
print(captured.getvalue().replace(__file__, "FILE"), end="")
try:
    warnings.filterwarnings("ignore", message=5)
except AssertionError as e:
    print("AssertionError:", e)
