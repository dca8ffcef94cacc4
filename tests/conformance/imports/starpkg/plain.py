a = 1
b = 2
_hidden = 3
import sys as _sys
