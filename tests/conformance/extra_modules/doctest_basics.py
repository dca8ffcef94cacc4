# doctest: testmod (quiet and verbose) over a module's functions, classes and
# methods with ELLIPSIS, NORMALIZE_WHITESPACE, IGNORE_EXCEPTION_DETAIL, SKIP,
# <BLANKLINE>, expected tracebacks and failures; run_docstring_examples;
# testfile (its file served by mock_open); parser errors. Output is captured
# and the script's path replaced (CPython reports an absolute one).
"""Module doc.

>>> 1 + 1
2
"""
import sys
import doctest


def add(a, b):
    """Add numbers.

    >>> add(2, 3)
    5
    >>> add('a', 'b')
    'ab'
    >>> [add(i, i) for i in range(12)]   # doctest: +ELLIPSIS
    [0, 2, 4, ..., 22]
    >>> print('a   b\\n c')  # doctest: +NORMALIZE_WHITESPACE
    a b c
    >>> add(1, None)
    Traceback (most recent call last):
      ...
    TypeError: unsupported operand type(s) for +: 'int' and 'NoneType'
    >>> raise ValueError('x y z')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: something else
    >>> add(1, 1)  # doctest: +SKIP
    99
    >>> x = 5
    >>> x
    5
    >>> print('')
    <BLANKLINE>
    >>> for i in range(2):
    ...     print(i)
    0
    1
    """
    return a + b


def wrong():
    """Two failures.

    >>> wrong()
    42
    >>> print('hello')
    goodbye
    >>> 1 + 1
    """
    return 41


class Shape:
    """A shape.

    >>> Shape().area()
    0
    """

    def area(self):
        """Area.

        >>> Shape().area() + 1
        1
        """
        return 0

    def nodoc(self):
        return 1


def nodoc():
    pass


import io
buf = io.StringIO()
old = sys.stdout
sys.stdout = buf
r = doctest.testmod()
sys.stdout = old
print(buf.getvalue().replace(__file__, 'FILE'))
print(r, r.failed, r.attempted)
buf = io.StringIO()
sys.stdout = buf
r = doctest.testmod(verbose=True)
sys.stdout = old
print(buf.getvalue().replace(__file__, 'FILE'))
print(r)


def g():
    """
    >>> 2 * 3
    7
    >>> y
    3
    """


def captured(fn, *args, **kwargs):
    buf = io.StringIO()
    sys.stdout = buf
    try:
        result = fn(*args, **kwargs)
    finally:
        sys.stdout = old
    print(buf.getvalue().replace(__file__, 'FILE'))
    return result


captured(doctest.run_docstring_examples, g, {'y': 3}, name='g')
captured(doctest.run_docstring_examples, g, {'y': 3}, name='g', verbose=True)

# testfile reads its file with open(); a mock_open stands for the file.
from unittest import mock
text = """A text file with examples.

    >>> from collections import Counter
    >>> Counter('abca').most_common(1)
    [('a', 2)]
    >>> sorted({3, 1, 2})
    [1, 2, 3]
    >>> 'x' * 3
    'xx'
"""
with mock.patch('builtins.open', mock.mock_open(read_data=text), create=True) as mo:
    r = captured(doctest.testfile, 'notes.txt', module_relative=False)
    print(r, mo.call_args_list[0])

# Parser errors.
parser = doctest.DocTestParser()
for bad in ['>>>x', '  >>> a\n ...b', '>>> 1 # doctest: +BOGUS']:
    try:
        parser.get_examples(bad, 'bad')
    except ValueError as e:
        print('ValueError:', e)
ex = parser.get_examples('>>> a = 1\n>>> a\n1\n>>> raise KeyError(2)\nTraceback (most recent call last):\nKeyError: 2\n')
print([(e.source, e.want, e.exc_msg, e.lineno) for e in ex])
