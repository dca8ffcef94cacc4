# A doctest-documented statistics module: its docstrings are run with
# doctest.testmod(verbose=True) (every example passes: Trying/Expecting/ok
# lines and the summary), then a sibling text file of usage notes is run
# with doctest.testfile(); two of its examples are wrong, so CPython's
# failure report (expected/got, an unexpected exception's traceback, the
# per-file summary) follows, with the absolute file path masked. The
# script ends with SystemExit naming the number of failures (status 1).
"""Small statistics helpers.

>>> mean([1, 2, 3, 4])
2.5
"""
import contextlib
import doctest
import io
import os


def mean(values):
    """Arithmetic mean.

    >>> mean([2, 4, 9])
    5.0
    >>> mean([])
    Traceback (most recent call last):
        ...
    ValueError: mean of empty data
    """
    values = list(values)
    if not values:
        raise ValueError('mean of empty data')
    return sum(values) / len(values)


def median(values):
    """Middle value (mean of the two middle ones for even counts).

    >>> median([5, 1, 3])
    3
    >>> median([4, 1, 3, 2])
    2.5
    """
    s = sorted(values)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2


def histogram(values, width=20):
    """Print a bar per distinct value.

    >>> histogram([1, 2, 2, 3, 3, 3], width=6)
    1 | ##
    2 | ####
    3 | ######
    >>> histogram([])   # doctest: +NORMALIZE_WHITESPACE
    (no data)
    """
    counts = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    if not counts:
        print('(no data)')
        return
    top = max(counts.values())
    for v in sorted(counts):
        print('%s | %s' % (v, '#' * (counts[v] * width // top)))


class RunningStats:
    """Mean and extremes of a stream, without storing it.

    >>> rs = RunningStats()
    >>> for x in [3, 8, 1]:
    ...     rs.push(x)
    >>> rs
    RunningStats(n=3, mean=4.0, min=1, max=8)
    """

    def __init__(self):
        self.n = 0
        self.total = 0
        self.low = self.high = None

    def push(self, x):
        """Add one value.

        >>> rs = RunningStats(); rs.push(7); rs.n
        1
        """
        self.n += 1
        self.total += x
        self.low = x if self.low is None else min(self.low, x)
        self.high = x if self.high is None else max(self.high, x)

    def __repr__(self):
        mean = self.total / self.n
        return 'RunningStats(n=%d, mean=%.1f, min=%s, max=%s)' % (
            self.n, mean, self.low, self.high)

    def as_dict(self):
        """Summary as a dict (long output, elided).

        >>> rs = RunningStats()
        >>> for x in range(100): rs.push(x)
        >>> rs.as_dict()   # doctest: +ELLIPSIS
        {'n': 100, 'mean': 49.5, ...}
        """
        return {'n': self.n, 'mean': self.total / self.n, 'min': self.low, 'max': self.high}


if __name__ == '__main__':
    print(doctest.testmod(verbose=True))
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        result = doctest.testfile('doctest_module.txt')
    # CPython's traceback also shows doctest's own frame (a path into its
    # installation) and ^^^ markers, which Pyroclast leaves out (see README).
    here = os.path.dirname(os.path.abspath(__file__))
    skip = False
    for line in buf.getvalue().replace(here + os.sep, '').splitlines():
        if line.startswith('      File "'):
            skip = not line.startswith(('      File "<doctest', '      File "doctest_module'))
        elif not line.startswith('        '):
            skip = False
        if not skip and (not line or line.strip(' ~^')):
            print(line)
    print(result)
    if result.failed:
        raise SystemExit('%d of %d examples failed' % (result.failed, result.attempted))
