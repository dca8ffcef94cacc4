"""Fast implementation of the datetime type."""

# As CPython's datetime.py does when its C module is present: the public
# names of `_datetime` (stdlib/python/_datetime.py), and nothing else.
import sys
from _datetime import *

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC")
