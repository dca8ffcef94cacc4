"""Measures how closely Pyroclast's `re` follows CPython's on CPython's own
test material, differentially: both interpreters run the same probes and
every probe whose printed result differs counts as a failure.

    python3 tools/re_fidelity.py target/release/pyroclast

Probes come from two places in the local CPython's test package (read at
run time, nothing is copied into this repository):
  * re_tests.py: the table of (pattern, string, outcome, ...) cases that
    test_re's test_re_tests runs; each probe searches and prints the
    groups, or the error.
  * test_re.py: every single-line assertion (assertEqual, assertIsNone,
    assertTrue, assertRaises...) whose expressions use only `re` and
    literals; each probe evaluates the expressions and prints their repr or
    the exception's type and message.
Reprs that embed addresses are left out of the comparison.
"""

import ast
import os
import re
import subprocess
import sys
import tempfile

import test

TESTDIR = os.path.dirname(test.__file__)
ASSERTS = {'assertEqual', 'assertIsNone', 'assertIsNotNone', 'assertTrue',
           'assertFalse', 'assertRaises', 'assertIs', 'assertNotEqual'}


def table_probes():
    ns = {}
    with open(os.path.join(TESTDIR, 're_tests.py')) as f:
        exec(f.read(), ns)
    for t in ns['tests']:
        pattern, s = t[0], t[1]
        yield ('search', pattern, s, t[3] if len(t) > 3 else None)


def uses_only_re(node):
    for n in ast.walk(node):
        if isinstance(n, ast.Name) and n.id not in (
                're', 'len', 'list', 'tuple', 'str', 'bytes', 'int', 'type',
                'True', 'False', 'None', 'chr', 'ord', 'range', 'dict', 'set',
                'repr', 'bool', 'map', 'sorted', 'lambda'):
            return False
        if isinstance(n, (ast.Lambda, ast.ListComp, ast.GeneratorExp,
                          ast.Starred, ast.NamedExpr, ast.Await)):
            return False
    return True


def suite_probes():
    with open(os.path.join(TESTDIR, 'test_re.py')) as f:
        tree = ast.parse(f.read())
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == 'self'
                and node.func.attr in ASSERTS
                and not node.keywords):
            continue
        if node.func.attr == 'assertRaises':
            if len(node.args) < 2 or not all(map(uses_only_re, node.args)):
                continue
            exc, func, *rest = node.args
            expr = ast.Call(func=func, args=rest, keywords=[])
            yield ('raises', ast.unparse(expr))
            continue
        if not node.args or not all(map(uses_only_re, node.args)):
            continue
        for a in node.args[:2]:
            yield ('expr', ast.unparse(a))


RUNNER = r'''
import re
def show(v):
    r = repr(v)
    return re.sub(r' at 0x[0-9a-f]+', '', r)
def run(probe):
    kind = probe[0]
    try:
        if kind == 'search':
            _, pattern, s, repl = probe
            m = re.search(pattern, s)
            if m is None:
                return 'no match'
            return show((m.span(), m.groups(), m.lastindex))
        if kind == 'raises':
            eval(probe[1])
            return 'no exception'
        return show(eval(probe[1]))
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
for i, probe in enumerate(PROBES):
    print(i, run(probe).replace('\n', '\\n'))
'''


def main():
    binary = sys.argv[1]
    probes = list(table_probes())
    n_table = len(probes)
    probes += list(suite_probes())
    with tempfile.TemporaryDirectory() as d:
        script = os.path.join(d, 'probe.py')
        with open(script, 'w') as f:
            f.write('PROBES = %r\n' % (probes,) + RUNNER)
        want = subprocess.run([sys.executable, script], capture_output=True,
                              text=True, timeout=600).stdout.splitlines()
        got = subprocess.run([binary, script], capture_output=True,
                             text=True, timeout=600).stdout.splitlines()
    got += [''] * (len(want) - len(got))
    bad_table = [(w, g) for w, g in zip(want[:n_table], got) if w != g]
    bad_suite = [(w, g) for w, g in zip(want[n_table:], got[n_table:]) if w != g]
    print('re_tests.py cases: %d/%d identical' % (n_table - len(bad_table), n_table))
    n_suite = len(want) - n_table
    print('test_re.py probes: %d/%d identical' % (n_suite - len(bad_suite), n_suite))
    for w, g in (bad_table + bad_suite)[:int(os.environ.get('SHOW', '40'))]:
        print('  want', w[:150])
        print('  got ', g[:150])


if __name__ == '__main__':
    main()
