"""Measures Pyroclast's `datetime` on CPython's own datetimetester.py.

    python3 tools/datetime_fidelity.py target/release/pyroclast

The local CPython's test/datetimetester.py is read at run time (nothing is
copied into this repository): its test classes from TestModule through
TestLocalTimeDisambiguation (the zoneinfo and C API tests are cut) are
written to a temporary file after a preamble of stubs for what Pyroclast
lacks (pickle, decimal, struct, array, _testcapi, test.support; run_with_tz
tests are skipped, and lines with lone surrogates, which Pyroclast strings
cannot hold, are dropped or skip their test). Both interpreters run that
file with the repository's or CPython's unittest; a test is applicable
when CPython passes it under the same harness, and the count is how many
of those Pyroclast passes.
"""

import os
import re
import subprocess
import sys
import tempfile

import test

TESTER = os.path.join(os.path.dirname(test.__file__), "datetimetester.py")

PREAMBLE = r'''# Harness preamble (ours): stubs for what the interpreter lacks.
import io
import itertools
import bisect
import copy
import functools
import sys
import random
import re
import unittest
from operator import lt, le, gt, ge, eq, ne, truediv, floordiv, mod

import datetime as datetime_module
from datetime import MINYEAR, MAXYEAR
from datetime import timedelta
from datetime import tzinfo
from datetime import time
from datetime import timezone
from datetime import UTC
from datetime import date, datetime
import time as _time

class _AlwaysEq:
    def __eq__(self, other): return True
    def __ne__(self, other): return False
class _Largest:
    def __eq__(self, other): return isinstance(other, _Largest)
    def __lt__(self, other): return False
    def __le__(self, other): return isinstance(other, _Largest)
    def __gt__(self, other): return not isinstance(other, _Largest)
    def __ge__(self, other): return True
class _Smallest:
    def __eq__(self, other): return isinstance(other, _Smallest)
    def __lt__(self, other): return not isinstance(other, _Smallest)
    def __le__(self, other): return True
    def __gt__(self, other): return False
    def __ge__(self, other): return isinstance(other, _Smallest)

def _unavailable(*args, **kwargs):
    def deco(f):
        return unittest.skip("harness: needs TZ switching")(f)
    return deco

class support:
    ALWAYS_EQ = _AlwaysEq()
    LARGEST = _Largest()
    SMALLEST = _Smallest()
    run_with_tz = staticmethod(_unavailable)
    has_strftime_extensions = False
    @staticmethod
    def requires_IEEE_754(f):
        return f
    @staticmethod
    def is_resource_enabled(name):
        return False
ALWAYS_EQ, LARGEST, SMALLEST = support.ALWAYS_EQ, support.LARGEST, support.SMALLEST
is_resource_enabled = support.is_resource_enabled
_testcapi = None
_strptime = None
pickle = decimal = struct = array = os = None
pickle_loads = set()
pickle_choices = []
OTHERSTUFF = (10, 34.5, "abc", {}, [], ())

'''

RUNNER = r'''

CLASSES = [TestModule, TestTZInfo, TestTimeZone, TestTimeDelta, TestDateOnly, TestDate,
           TestDateTime, TestSubclassDateTime, TestTime, TestTimeTZ, TestDateTimeTZ,
           TestTimezoneConversions, Oddballs, TestLocalTimeDisambiguation]


class Recorder(unittest.TestResult):
    def __init__(self):
        super().__init__()
        self.outcomes = []
    def addSuccess(self, test):
        self.outcomes.append((test.id(), "ok"))
    def addFailure(self, test, err):
        self.outcomes.append((test.id(), "FAIL " + str(err[1]).split("\n")[0][:150]))
    def addError(self, test, err):
        self.outcomes.append((test.id(), "ERROR %s: %s" % (err[0].__name__, str(err[1]).split("\n")[0][:150])))
    def addSkip(self, test, reason):
        self.outcomes.append((test.id(), "skip"))
    def addSubTest(self, test, subtest, err):
        if err is not None:
            self.outcomes.append((test.id(), "FAIL(sub) " + str(err[1]).split("\n")[0][:150]))
    def addExpectedFailure(self, test, err):
        self.outcomes.append((test.id(), "xfail"))
    def addUnexpectedSuccess(self, test):
        self.outcomes.append((test.id(), "xpass"))


only = sys.argv[1:] 
for cls in CLASSES:
    if only and cls.__name__ not in only:
        continue
    suite = unittest.TestLoader().loadTestsFromTestCase(cls)
    r = Recorder()
    suite.run(r)
    seen = {}
    for tid, outcome in r.outcomes:
        if tid in seen and outcome == "ok":
            continue
        seen[tid] = outcome if tid not in seen or seen[tid] == "ok" else seen[tid]
    for tid, outcome in seen.items():
        print(tid.replace("__main__.", "") + " " + outcome, flush=True)
'''


def build():
    src = open(TESTER).read().split("\n")
    cleaned = []
    skip_next = False
    for line in src:
        if skip_next:
            skip_next = False
            continue
        if re.search(r"\\ud[89a-f]", line, re.I):
            stripped = line.strip()
            code = stripped.split("#")[0].rstrip()
            indent = len(line) - len(line.lstrip())
            if stripped[:1] in "'\"(" and code.endswith(","):
                continue  # an element of a list of inputs
            if code.endswith(","):
                skip_next = True  # a call continued on the next line
            cleaned.append(" " * indent + 'self.skipTest("harness: lone surrogates")')
        else:
            cleaned.append(line)
    start = next(i for i, l in enumerate(cleaned) if l.startswith('INF = float("inf")'))
    end = next(i for i, l in enumerate(cleaned) if l.startswith("class ZoneInfo(tzinfo):"))
    return PREAMBLE + "\n".join(cleaned[start:end]) + RUNNER


def run(cmd, path):
    p = subprocess.run(cmd + [path], capture_output=True, text=True, timeout=1800,
                       cwd=os.path.dirname(path))
    results = {}
    for line in p.stdout.splitlines():
        name, _, outcome = line.partition(" ")
        results[name] = outcome
    return results


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else "target/release/pyroclast"
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "dtt.py")
        with open(path, "w") as f:
            f.write(build())
        cpython = run([sys.executable, "-P"], path)
        ours = run([os.path.abspath(binary)], path)
    applicable = [n for n, o in cpython.items() if o == "ok"]
    passed = [n for n in applicable if ours.get(n) == "ok"]
    for n in applicable:
        if ours.get(n) != "ok":
            print("%s: %s" % (n, ours.get(n, "not run")[:160]))
    print("%d tests, %d applicable (pass under CPython), %d pass under Pyroclast"
          % (len(cpython), len(applicable), len(passed)))


if __name__ == "__main__":
    main()
