# unittest: test cases, suites, loaders, results and the text runner, with
# the output format and failure messages of CPython 3.11's unittest.
#
# One module stands for CPython's unittest package (case, suite, loader,
# result, runner, main, async_case, util); classes report CPython's
# submodule in __module__ so reprs and exception names read the same.
#
# What Pyroclast lacks, and what is done instead:
# - no difflib: a small SequenceMatcher/ndiff below produces the diffs of
#   assertEqual & co. (same algorithm, same output);
# - no re (when missing): assertRaisesRegex, assertWarnsRegex and
#   assertRegex use a small backtracking matcher (literals, ., classes,
#   groups, alternation, quantifiers, anchors, lookahead); a pattern it
#   cannot parse is searched for as a plain substring;
# - failure blocks come from the traceback module (frames of this module
#   dropped, as CPython drops unittest's); without that module, they show
#   "Traceback (most recent call last):" and the exception lines (chains,
#   groups and notes laid out as the traceback module does, no frames);
# - no warnings (when missing): assertWarns/assertWarnsRegex can observe
#   no warning and fail with "... not triggered";
# - no argparse/os: main() parses its few options by hand; no discovery.

import sys
import time
import functools
import collections
import contextvars
import inspect
import types

try:
    import re as _re
except ImportError:
    _re = None

try:
    import traceback as _traceback
except ImportError:
    _traceback = None

try:
    import warnings as _warnings
except ImportError:
    _warnings = None

__unittest = True

__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext']


def _warn(message, category, stacklevel=1):
    if _warnings is not None:
        _warnings.warn(message, category, stacklevel + 1)


# ================================================================ util

_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN
                               + _PLACEHOLDER_LEN + _MIN_END_LEN)


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if not short or len(text) < _MAX_LENGTH:
        return text
    return text[:_MAX_LENGTH] + ' [truncated]...'


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


def _commonprefix(strings):
    if not strings:
        return ''
    lo = min(strings)
    hi = max(strings)
    n = 0
    limit = min(len(lo), len(hi))
    while n < limit and lo[n] == hi[n]:
        n += 1
    return lo[:n]


def _shorten(s, prefixlen, suffixlen):
    skip = len(s) - prefixlen - suffixlen
    if skip > _PLACEHOLDER_LEN:
        return '%s[%d chars]%s' % (s[:prefixlen], skip, s[len(s) - suffixlen:])
    return s


def _common_shorten_repr(*args):
    reprs = tuple(safe_repr(a) for a in args)
    longest = max(len(r) for r in reprs)
    if longest <= _MAX_LENGTH:
        return reprs
    prefix = _commonprefix(reprs)
    plen = len(prefix)
    common_len = _MAX_LENGTH - (longest - plen + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if common_len > _MIN_COMMON_LEN:
        head = _shorten(prefix, _MIN_BEGIN_LEN, common_len)
        return tuple(head + r[plen:] for r in reprs)
    head = _shorten(prefix, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(head + _shorten(r[plen:], _MIN_DIFF_LEN, _MIN_END_LEN)
                 for r in reprs)


def three_way_cmp(x, y):
    """-1, 0 or 1 as x is less than, equal to or greater than y."""
    return (x > y) - (x < y)


_Mismatch = collections.namedtuple('Mismatch', 'actual expected value')


def _count_diff_all_purpose(actual, expected):
    """(count in actual, count in expected, element) where counts differ;
    the elements need not be hashable."""
    s, t = list(actual), list(expected)
    hole = object()
    out = []
    for i, elem in enumerate(s):
        if elem is hole:
            continue
        cnt_s = cnt_t = 0
        for j in range(i, len(s)):
            if s[j] == elem:
                cnt_s += 1
                s[j] = hole
        for j, other in enumerate(t):
            if other == elem:
                cnt_t += 1
                t[j] = hole
        if cnt_s != cnt_t:
            out.append(_Mismatch(cnt_s, cnt_t, elem))
    for i, elem in enumerate(t):
        if elem is hole:
            continue
        cnt_t = 0
        for j in range(i, len(t)):
            if t[j] == elem:
                cnt_t += 1
                t[j] = hole
        out.append(_Mismatch(0, cnt_t, elem))
    return out


def _count_diff_hashable(actual, expected):
    """As _count_diff_all_purpose, for hashable elements."""
    s = collections.Counter(actual)
    t = collections.Counter(expected)
    out = []
    for elem, cnt_s in s.items():
        cnt_t = t.get(elem, 0)
        if cnt_s != cnt_t:
            out.append(_Mismatch(cnt_s, cnt_t, elem))
    for elem, cnt_t in t.items():
        if elem not in s:
            out.append(_Mismatch(0, cnt_t, elem))
    return out


# ================================================================ diffs
#
# difflib's SequenceMatcher (longest matching blocks, junk and popular
# elements, ratios) and Differ's ndiff output ("- ", "+ ", "  ", "? ").

class _SequenceMatcher:

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = None
        self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = None
        self.opcodes = None

    def set_seq2(self, b):
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = None
        self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        where = {}
        for j, elt in enumerate(self.b):
            if elt in where:
                where[elt].append(j)
            else:
                where[elt] = [j]
        junk = set()
        if self.isjunk is not None:
            for elt in list(where):
                if self.isjunk(elt):
                    junk.add(elt)
                    del where[elt]
        popular = set()
        n = len(self.b)
        if self.autojunk and n >= 200:
            limit = n // 100 + 1
            for elt in list(where):
                if len(where[elt]) > limit:
                    popular.add(elt)
                    del where[elt]
        self.b2j = where
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo, ahi, blo, bhi):
        a, b, where, junk = self.a, self.b, self.b2j, self.bjunk
        besti, bestj, bestsize = alo, blo, 0
        lengths = {}
        for i in range(alo, ahi):
            found = {}
            for j in where.get(a[i], ()):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                k = lengths.get(j - 1, 0) + 1
                found[j] = k
                if k > bestsize:
                    besti, bestj, bestsize = i - k + 1, j - k + 1, k
            lengths = found
        # Grow the match by equal non-junk elements on both sides, then by
        # equal junk elements.
        while (besti > alo and bestj > blo and b[bestj - 1] not in junk
               and a[besti - 1] == b[bestj - 1]):
            besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
        while (besti + bestsize < ahi and bestj + bestsize < bhi
               and b[bestj + bestsize] not in junk
               and a[besti + bestsize] == b[bestj + bestsize]):
            bestsize += 1
        while (besti > alo and bestj > blo and b[bestj - 1] in junk
               and a[besti - 1] == b[bestj - 1]):
            besti, bestj, bestsize = besti - 1, bestj - 1, bestsize + 1
        while (besti + bestsize < ahi and bestj + bestsize < bhi
               and b[bestj + bestsize] in junk
               and a[besti + bestsize] == b[bestj + bestsize]):
            bestsize += 1
        return (besti, bestj, bestsize)

    def get_matching_blocks(self):
        if self.matching_blocks is not None:
            return self.matching_blocks
        la, lb = len(self.a), len(self.b)
        todo = [(0, la, 0, lb)]
        blocks = []
        while todo:
            alo, ahi, blo, bhi = todo.pop()
            i, j, k = m = self.find_longest_match(alo, ahi, blo, bhi)
            if k:
                blocks.append(m)
                if alo < i and blo < j:
                    todo.append((alo, i, blo, j))
                if i + k < ahi and j + k < bhi:
                    todo.append((i + k, ahi, j + k, bhi))
        blocks.sort()
        merged = []
        i1 = j1 = k1 = 0
        for i2, j2, k2 in blocks:
            if i1 + k1 == i2 and j1 + k1 == j2:
                k1 += k2
            else:
                if k1:
                    merged.append((i1, j1, k1))
                i1, j1, k1 = i2, j2, k2
        if k1:
            merged.append((i1, j1, k1))
        merged.append((la, lb, 0))
        self.matching_blocks = merged
        return merged

    def get_opcodes(self):
        if self.opcodes is not None:
            return self.opcodes
        i = j = 0
        ops = []
        for ai, bj, size in self.get_matching_blocks():
            if i < ai and j < bj:
                ops.append(('replace', i, ai, j, bj))
            elif i < ai:
                ops.append(('delete', i, ai, j, bj))
            elif j < bj:
                ops.append(('insert', i, ai, j, bj))
            i, j = ai + size, bj + size
            if size:
                ops.append(('equal', ai, i, bj, j))
        self.opcodes = ops
        return ops

    def ratio(self):
        matches = 0
        for block in self.get_matching_blocks():
            matches += block[2]
        total = len(self.a) + len(self.b)
        return 2.0 * matches / total if total else 1.0

    def quick_ratio(self):
        if self.fullbcount is None:
            counts = {}
            for elt in self.b:
                counts[elt] = counts.get(elt, 0) + 1
            self.fullbcount = counts
        counts = self.fullbcount
        left = {}
        matches = 0
        for elt in self.a:
            if elt in left:
                have = left[elt]
            else:
                have = counts.get(elt, 0)
            left[elt] = have - 1
            if have > 0:
                matches += 1
        total = len(self.a) + len(self.b)
        return 2.0 * matches / total if total else 1.0

    def real_quick_ratio(self):
        la, lb = len(self.a), len(self.b)
        total = la + lb
        return 2.0 * min(la, lb) / total if total else 1.0


def _char_junk(ch):
    return ch in ' \t'


def _ndiff(a, b):
    """difflib.ndiff(a, b) as a list of lines."""
    out = []
    for tag, alo, ahi, blo, bhi in _SequenceMatcher(None, a, b).get_opcodes():
        if tag == 'replace':
            _fancy_replace(out, a, alo, ahi, b, blo, bhi)
        elif tag == 'delete':
            _dump(out, '-', a, alo, ahi)
        elif tag == 'insert':
            _dump(out, '+', b, blo, bhi)
        else:
            _dump(out, ' ', a, alo, ahi)
    return out


def _dump(out, tag, x, lo, hi):
    for i in range(lo, hi):
        out.append('%s %s' % (tag, x[i]))


def _plain_replace(out, a, alo, ahi, b, blo, bhi):
    if bhi - blo < ahi - alo:
        _dump(out, '+', b, blo, bhi)
        _dump(out, '-', a, alo, ahi)
    else:
        _dump(out, '-', a, alo, ahi)
        _dump(out, '+', b, blo, bhi)


def _fancy_replace(out, a, alo, ahi, b, blo, bhi):
    # The most similar pair of lines (ratio above 0.75) anchors the
    # replacement and gets "?" guide lines; failing that, the first pair
    # of identical lines does; failing that, a plain replacement.
    best_ratio = 0.74
    cutoff = 0.75
    best_i = best_j = None
    cruncher = _SequenceMatcher(_char_junk)
    eqi = eqj = None
    for j in range(blo, bhi):
        bj = b[j]
        cruncher.set_seq2(bj)
        for i in range(alo, ahi):
            ai = a[i]
            if ai == bj:
                if eqi is None:
                    eqi, eqj = i, j
                continue
            cruncher.set_seq1(ai)
            if (cruncher.real_quick_ratio() > best_ratio
                    and cruncher.quick_ratio() > best_ratio
                    and cruncher.ratio() > best_ratio):
                best_ratio, best_i, best_j = cruncher.ratio(), i, j
    if best_ratio < cutoff:
        if eqi is None:
            _plain_replace(out, a, alo, ahi, b, blo, bhi)
            return
        best_i, best_j, best_ratio = eqi, eqj, 1.0
    else:
        eqi = None
    _fancy_helper(out, a, alo, best_i, b, blo, best_j)
    aelt, belt = a[best_i], b[best_j]
    if eqi is None:
        atags = btags = ''
        cruncher.set_seqs(aelt, belt)
        for tag, ai1, ai2, bj1, bj2 in cruncher.get_opcodes():
            la, lb = ai2 - ai1, bj2 - bj1
            if tag == 'replace':
                atags += '^' * la
                btags += '^' * lb
            elif tag == 'delete':
                atags += '-' * la
            elif tag == 'insert':
                btags += '+' * lb
            else:
                atags += ' ' * la
                btags += ' ' * lb
        atags = _keep_ws(aelt, atags).rstrip()
        btags = _keep_ws(belt, btags).rstrip()
        out.append('- ' + aelt)
        if atags:
            out.append('? %s\n' % atags)
        out.append('+ ' + belt)
        if btags:
            out.append('? %s\n' % btags)
    else:
        out.append('  ' + aelt)
    _fancy_helper(out, a, best_i + 1, ahi, b, best_j + 1, bhi)


def _fancy_helper(out, a, alo, ahi, b, blo, bhi):
    if alo < ahi:
        if blo < bhi:
            _fancy_replace(out, a, alo, ahi, b, blo, bhi)
        else:
            _dump(out, '-', a, alo, ahi)
    elif blo < bhi:
        _dump(out, '+', b, blo, bhi)


def _keep_ws(line, tags):
    return ''.join(c if t == ' ' and c.isspace() else t
                   for c, t in zip(line, tags))


def _pformat(obj):
    import pprint
    return pprint.pformat(obj)


# ================================================================ regex
#
# Used only when the runtime has no re module.

class _RegexError(Exception):
    pass


_IGNORECASE = 2
_MULTILINE = 8
_DOTALL = 16
_SINGLE = ('c', 'any', 'set')
_SPECIAL = '.^$*+?{}[]\\|()'


class _RegexParser:

    def __init__(self, pattern):
        self.p = pattern
        self.i = 0
        self.ngroups = 0
        self.names = {}

    def parse(self):
        alts = self.alternation()
        if self.i < len(self.p):
            raise _RegexError('unbalanced parenthesis')
        return alts

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else ''

    def alternation(self):
        alts = [self.sequence()]
        while self.peek() == '|':
            self.i += 1
            alts.append(self.sequence())
        return alts

    def sequence(self):
        seq = []
        while self.i < len(self.p) and self.p[self.i] not in '|)':
            atom = self.atom()
            seq.append(self.quantified(atom))
        return seq

    def quantified(self, atom):
        while True:
            c = self.peek()
            if c == '*':
                lo, hi = 0, None
                self.i += 1
            elif c == '+':
                lo, hi = 1, None
                self.i += 1
            elif c == '?':
                lo, hi = 0, 1
                self.i += 1
            elif c == '{':
                bounds = self.braces()
                if bounds is None:
                    return atom
                lo, hi = bounds
            else:
                return atom
            if atom[0] in ('bol', 'eol', 'A', 'Z', 'b', 'B', 'rep'):
                raise _RegexError('nothing to repeat')
            greedy = True
            if self.peek() == '?':
                greedy = False
                self.i += 1
            atom = ('rep', atom, lo, hi, greedy)

    def braces(self):
        end = self.p.find('}', self.i)
        if end < 0:
            return None
        body = self.p[self.i + 1:end]
        lo, comma, hi = body.partition(',')
        if not all(ch.isdigit() for ch in lo + hi) or (not lo and not comma):
            return None
        self.i = end + 1
        lo = int(lo) if lo else 0
        if not comma:
            return lo, lo
        return lo, (int(hi) if hi else None)

    def atom(self):
        p = self.p
        c = p[self.i]
        self.i += 1
        if c == '.':
            return ('any',)
        if c == '^':
            return ('bol',)
        if c == '$':
            return ('eol',)
        if c == '[':
            return self.charset()
        if c == '(':
            return self.group()
        if c == '\\':
            return self.escape(False)
        if c in '*+?':
            raise _RegexError('nothing to repeat')
        return ('c', c)

    def group(self):
        p = self.p
        index = None
        kind = 'grp'
        if p.startswith('?:', self.i):
            self.i += 2
        elif p.startswith('?=', self.i) or p.startswith('?!', self.i):
            kind = p[self.i + 1]
            self.i += 2
        elif p.startswith('?P<', self.i):
            end = p.find('>', self.i)
            if end < 0:
                raise _RegexError('bad group name')
            self.ngroups += 1
            index = self.ngroups
            self.names[p[self.i + 3:end]] = index
            self.i = end + 1
        elif p.startswith('?#', self.i):
            end = p.find(')', self.i)
            if end < 0:
                raise _RegexError('missing )')
            self.i = end + 1
            return ('grp', [[]], None)
        elif self.peek() == '?':
            raise _RegexError('unsupported group')
        else:
            self.ngroups += 1
            index = self.ngroups
        alts = self.alternation()
        if self.peek() != ')':
            raise _RegexError('missing ), unterminated subpattern')
        self.i += 1
        if kind == '=':
            return ('look', alts, True)
        if kind == '!':
            return ('look', alts, False)
        return ('grp', alts, index)

    def escape(self, in_set):
        p = self.p
        if self.i >= len(p):
            raise _RegexError('bad escape (end of pattern)')
        c = p[self.i]
        self.i += 1
        if c in 'dwsDWS':
            return ('set', False, [('cls', c)])
        if not in_set:
            if c in 'AZbB':
                return (c,)
            if c.isdigit():
                raise _RegexError('backreferences are not supported')
        simple = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v',
                  'a': '\a', '0': '\0'}
        if c in simple:
            return ('c', simple[c])
        if c in 'xuU':
            width = {'x': 2, 'u': 4, 'U': 8}[c]
            digits = p[self.i:self.i + width]
            if len(digits) != width:
                raise _RegexError('bad escape')
            self.i += width
            return ('c', chr(int(digits, 16)))
        if c == 'b' and in_set:
            return ('c', '\b')
        if c.isalnum():
            raise _RegexError('bad escape \\' + c)
        return ('c', c)

    def charset(self):
        p = self.p
        negate = False
        if self.peek() == '^':
            negate = True
            self.i += 1
        items = []
        first = True
        while True:
            if self.i >= len(p):
                raise _RegexError('unterminated character set')
            c = p[self.i]
            if c == ']' and not first:
                self.i += 1
                break
            first = False
            self.i += 1
            if c == '\\':
                node = self.escape(True)
                if node[0] == 'set':
                    items.extend(node[2])
                    continue
                lo = node[1]
            else:
                lo = c
            if self.peek() == '-' and self.i + 1 < len(p) and p[self.i + 1] != ']':
                self.i += 1
                c = p[self.i]
                self.i += 1
                if c == '\\':
                    node = self.escape(True)
                    if node[0] == 'set':
                        raise _RegexError('bad character range')
                    hi = node[1]
                else:
                    hi = c
                if hi < lo:
                    raise _RegexError('bad character range')
                items.append((lo, hi))
            else:
                items.append((lo, lo))
        return ('set', negate, items)


def _in_class(letter, ch):
    if letter in 'dD':
        hit = ch.isdecimal() if hasattr(ch, 'isdecimal') else ch.isdigit()
    elif letter in 'wW':
        hit = ch.isalnum() or ch == '_'
    else:
        hit = ch.isspace()
    return hit if letter.islower() else not hit


class _RegexMatcher:

    def __init__(self, s, flags):
        self.s = s
        self.n = len(s)
        self.icase = bool(flags & _IGNORECASE)
        self.dotall = bool(flags & _DOTALL)
        self.multiline = bool(flags & _MULTILINE)
        self.groups = {}

    def in_items(self, items, ch):
        for item in items:
            if item[0] == 'cls':
                if _in_class(item[1], ch):
                    return True
            elif item[0] <= ch <= item[1]:
                return True
        return False

    def one(self, node, ch):
        op = node[0]
        if op == 'c':
            return ch == node[1] or (self.icase and ch.lower() == node[1].lower())
        if op == 'any':
            return self.dotall or ch != '\n'
        hit = self.in_items(node[2], ch)
        if not hit and self.icase:
            hit = (self.in_items(node[2], ch.lower())
                   or self.in_items(node[2], ch.upper()))
        return hit != node[1]

    def is_word(self, pos):
        return 0 <= pos < self.n and (self.s[pos].isalnum() or self.s[pos] == '_')

    def anchor(self, op, pos):
        s, n = self.s, self.n
        if op == 'bol':
            return pos == 0 or (self.multiline and s[pos - 1] == '\n')
        if op == 'eol':
            return (pos == n or (pos == n - 1 and s[pos] == '\n')
                    or (self.multiline and s[pos] == '\n'))
        if op == 'A':
            return pos == 0
        if op == 'Z':
            return pos == n
        boundary = self.is_word(pos - 1) != self.is_word(pos)
        return boundary if op == 'b' else not boundary

    def seq(self, seq, i, pos, k):
        s = self.s
        while i < len(seq):
            node = seq[i]
            op = node[0]
            if op in _SINGLE:
                if pos < self.n and self.one(node, s[pos]):
                    pos += 1
                    i += 1
                    continue
                return None
            if op == 'rep':
                return self.rep(seq, i, node, pos, k)
            if op == 'grp':
                return self.grp(seq, i, node, pos, k)
            if op == 'look':
                found = self.alts(node[1], pos, lambda q: q) is not None
                if found != node[2]:
                    return None
            elif not self.anchor(op, pos):
                return None
            i += 1
        return k(pos)

    def alts(self, alts, pos, k):
        for alt in alts:
            r = self.seq(alt, 0, pos, k)
            if r is not None:
                return r
        return None

    def grp(self, seq, i, node, pos, k):
        index = node[2]

        def after(q):
            if index is None:
                return self.seq(seq, i + 1, q, k)
            old = self.groups.get(index)
            self.groups[index] = (pos, q)
            r = self.seq(seq, i + 1, q, k)
            if r is None:
                if old is None:
                    self.groups.pop(index, None)
                else:
                    self.groups[index] = old
            return r
        return self.alts(node[1], pos, after)

    def rep(self, seq, i, node, pos, k):
        sub, lo, hi, greedy = node[1], node[2], node[3], node[4]

        def rest(q):
            return self.seq(seq, i + 1, q, k)
        if sub[0] in _SINGLE:
            s = self.s
            limit = self.n - pos
            if hi is not None and hi < limit:
                limit = hi
            count = 0
            while count < limit and self.one(sub, s[pos + count]):
                count += 1
            if count < lo:
                return None
            order = range(count, lo - 1, -1) if greedy else range(lo, count + 1)
            for c in order:
                r = rest(pos + c)
                if r is not None:
                    return r
            return None

        def step(count, p):
            def again(q):
                if q == p and count >= lo:
                    return None
                return step(count + 1, q)
            if greedy:
                if hi is None or count < hi:
                    r = self.seq([sub], 0, p, again)
                    if r is not None:
                        return r
                return rest(p) if count >= lo else None
            if count >= lo:
                r = rest(p)
                if r is not None:
                    return r
            if hi is None or count < hi:
                return self.seq([sub], 0, p, again)
            return None
        return step(0, pos)


class _Match:

    def __init__(self, pattern, string, start, end, groups):
        self.re = pattern
        self.string = string
        self._start = start
        self._end = end
        self._groups = groups

    def group(self, *indexes):
        if not indexes:
            indexes = (0,)
        found = []
        for index in indexes:
            if isinstance(index, str):
                index = self.re.groupindex[index]
            if index == 0:
                found.append(self.string[self._start:self._end])
            elif index in self._groups:
                a, b = self._groups[index]
                found.append(self.string[a:b])
            elif 0 < index <= self.re.groups:
                found.append(None)
            else:
                raise IndexError('no such group')
        return found[0] if len(found) == 1 else tuple(found)

    def __getitem__(self, index):
        return self.group(index)

    def groups(self, default=None):
        return tuple(self.group(i) if i in self._groups else default
                     for i in range(1, self.re.groups + 1))

    def start(self, index=0):
        return self._start if index == 0 else self._groups.get(index, (-1, -1))[0]

    def end(self, index=0):
        return self._end if index == 0 else self._groups.get(index, (-1, -1))[1]

    def span(self, index=0):
        return (self.start(index), self.end(index))

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (
            (self._start, self._end), self.group(0))


class _Pattern:
    """A compiled pattern (the mini matcher); .pattern, .search, .match,
    .fullmatch."""

    def __init__(self, pattern, flags=0):
        self.pattern = pattern
        self.flags = flags
        parser = _RegexParser(pattern)
        self._alts = parser.parse()
        self.groups = parser.ngroups
        self.groupindex = parser.names

    def _at(self, string, pos, full):
        m = _RegexMatcher(string, self.flags)
        n = len(string)
        end = m.alts(self._alts, pos, (lambda q: q if q == n else None) if full
                     else (lambda q: q))
        if end is None:
            return None
        return _Match(self, string, pos, end, dict(m.groups))

    def search(self, string, pos=0):
        for start in range(pos, len(string) + 1):
            found = self._at(string, start, False)
            if found is not None:
                return found
        return None

    def match(self, string, pos=0):
        return self._at(string, pos, False)

    def fullmatch(self, string, pos=0):
        return self._at(string, pos, True)

    def __repr__(self):
        return 're.compile(%r)' % (self.pattern,)


class _Substring:
    """A pattern the mini matcher cannot parse, searched for as text."""

    def __init__(self, pattern):
        self.pattern = pattern
        self.groups = 0
        self.groupindex = {}

    def search(self, string):
        at = string.find(self.pattern)
        return None if at < 0 else _Match(self, string, at, at + len(self.pattern), {})

    def __repr__(self):
        return 're.compile(%r)' % (self.pattern,)


def _compile(pattern):
    if not isinstance(pattern, (str, bytes)):
        return pattern          # already compiled
    if _re is not None:
        return _re.compile(pattern)
    try:
        return _Pattern(pattern)
    except _RegexError:
        return _Substring(pattern)


def _fnmatchcase(name, pattern):
    """fnmatch.fnmatchcase for '*', '?' and '[...]' wildcards."""
    text = ''
    i = 0
    while i < len(pattern):
        c = pattern[i]
        i += 1
        if c == '*':
            text += '.*'
        elif c == '?':
            text += '.'
        elif c == '[':
            end = pattern.find(']', i + 1)
            if end < 0:
                text += '\\['
            else:
                body = pattern[i:end]
                if body.startswith('!'):
                    body = '^' + body[1:]
                text += '[' + body.replace('\\', '\\\\') + ']'
                i = end + 1
        elif c in _SPECIAL:
            text += '\\' + c
        else:
            text += c
    try:
        return _Pattern(text, _DOTALL).fullmatch(name) is not None
    except _RegexError:
        return name == pattern


# ================================================================ tracebacks

_CAUSE = ('\nThe above exception was the direct cause '
          'of the following exception:\n\n')
_CONTEXT = ('\nDuring handling of the above exception, '
            'another exception occurred:\n\n')


def _own_filename():
    # The file name this module's frames carry in tracebacks.
    try:
        raise Exception
    except Exception as e:
        try:
            return e.__traceback__.tb_frame.f_code.co_filename
        except AttributeError:
            return None


_OWN_FILE = _own_filename()


def _clean_entries(exctype, tb, test):
    """The traceback's entries without the runner's leading frames and,
    for failures, without the assert* frames at the end (what
    TestResult._clean_tracebacks leaves)."""
    entries = list(_traceback.extract_tb(tb))
    ours = [fs.filename == _OWN_FILE for fs in entries]
    k = 0
    while k < len(entries) and ours[k]:
        k += 1
    entries, ours = entries[k:], ours[k:]
    if exctype is getattr(test, 'failureException', None):
        k = 0
        while k < len(entries) and not ours[k]:
            k += 1
        if k:
            entries = entries[:k]
    return entries


def _exception_only(exc):
    if _traceback is not None:
        return _traceback.format_exception_only(exc)
    cls = type(exc)
    name = cls.__qualname__
    module = cls.__module__
    if module not in ('__main__', 'builtins'):
        name = '%s.%s' % (module, name)
    try:
        text = str(exc)
    except Exception:
        text = '<exception str() failed>'
    lines = ['%s: %s\n' % (name, text) if text else name + '\n']
    notes = getattr(exc, '__notes__', None)
    if isinstance(notes, (list, tuple)):
        for note in notes:
            try:
                note = str(note)
            except Exception:
                note = '<note str() failed>'
            lines.extend(part + '\n' for part in note.split('\n'))
    elif notes is not None:
        lines.append(safe_repr(notes))
    return lines


def _frames(exc, tb, test):
    """The formatted frames of exc's traceback (cleaned), or None when
    there is no traceback module to ask."""
    if _traceback is None:
        return None
    entries = _clean_entries(type(exc), tb, test) if tb is not None else []
    return _traceback.StackSummary.from_list(entries).format() if entries else []


def _header(out, depth, frames, raised, text, margin='|'):
    if frames is None:
        if raised:
            _emit(out, depth, text, margin)
    elif frames:
        _emit(out, depth, text, margin)
        for line in frames:
            _emit(out, depth, line)


def _render(exc, tb, raised, test, seen, depth, out, close=None):
    """Appends exc as the traceback module shows it: its causes and
    contexts first, groups boxed; frames of this module left out."""
    seen.add(id(exc))
    cause = exc.__cause__
    context = exc.__context__
    if cause is not None and id(cause) not in seen:
        _render(cause, cause.__traceback__, True, test, seen, depth, out)
        _emit(out, depth, _CAUSE)
    elif (context is not None and id(context) not in seen
          and not exc.__suppress_context__):
        _render(context, context.__traceback__, True, test, seen, depth, out)
        _emit(out, depth, _CONTEXT)
    if isinstance(exc, BaseExceptionGroup):
        _render_group(exc, tb, raised, test, seen, depth, out,
                      close if close is not None else [False])
        return
    _header(out, depth, _frames(exc, tb, test), raised,
            'Traceback (most recent call last):\n')
    for line in _exception_only(exc):
        _emit(out, depth, line)


def _emit(out, depth, text, margin='|'):
    prefix = ''
    if depth:
        prefix = ' ' * (2 * depth) + margin + ' '
    for line in text.splitlines(True):
        out.append(prefix + line)


def _render_group(exc, tb, raised, test, seen, depth, out, close):
    # close[0]: the closing line of the innermost box is still owed (a
    # nested group ending the list pays its parent's too).
    top = depth == 0
    if top:
        depth = 1
    _header(out, depth, _frames(exc, tb, test), raised,
            'Exception Group Traceback (most recent call last):\n',
            '+' if top else '|')
    for line in _exception_only(exc):
        _emit(out, depth, line)
    members = exc.exceptions
    shown = len(members) if len(members) <= 15 else 16
    pad = ' ' * (2 * depth)
    close[0] = False
    for i in range(shown):
        last = i == shown - 1
        if last:
            close[0] = True
        title = '...' if i >= 15 else str(i + 1)
        out.append(pad + ('+-' if i == 0 else '  ')
                   + '+---------------- %s ----------------\n' % title)
        member = members[i] if i < 15 else None
        if member is None:
            more = len(members) - 15
            _emit(out, depth + 1, 'and %d more exception%s\n'
                  % (more, 's' if more > 1 else ''))
        elif depth + 1 > 10 and isinstance(member, BaseExceptionGroup):
            _emit(out, depth + 1, '... (max_group_depth is 10)\n')
        else:
            _render(member, member.__traceback__, False, test, seen, depth + 1,
                    out, close)
        if last and close[0]:
            out.append(pad + '  +------------------------------------\n')
            close[0] = False


def _format_exception(exctype, value, tb, test=None):
    if value is None:
        return '%s\n' % (exctype.__name__,)
    out = []
    _render(value, tb, True, test, set(), 0, out)
    return ''.join(out)


# ================================================================ case

class SkipTest(Exception):
    """Raise this exception in a test to skip it."""
    __module__ = 'unittest.case'


class _ShouldStop(Exception):
    __module__ = 'unittest.case'


class _UnexpectedSuccess(Exception):
    __module__ = 'unittest.case'


class _PartExecutor:
    """One part of a test run (setUp, the test, a subtest, tearDown, a
    cleanup): records what it raised in the outcome and the result."""

    def __init__(self, outcome, test_case, subTest):
        self.outcome = outcome
        self.test_case = test_case
        self.subTest = subTest

    def __enter__(self):
        self.old_success = self.outcome.success
        self.outcome.success = True
        return None

    def __exit__(self, exc_type, exc_value, tb):
        outcome = self.outcome
        try:
            if exc_type is None:
                if self.subTest and outcome.success:
                    outcome.result.addSubTest(self.test_case.test_case,
                                              self.test_case, None)
                return False
            if issubclass(exc_type, KeyboardInterrupt):
                return False
            if issubclass(exc_type, SkipTest):
                outcome.success = False
                _addSkip(outcome.result, self.test_case, str(exc_value))
            elif issubclass(exc_type, _ShouldStop):
                pass
            else:
                exc_info = (exc_type, exc_value, tb)
                if outcome.expecting_failure:
                    outcome.expectedFailure = exc_info
                else:
                    outcome.success = False
                    if self.subTest:
                        outcome.result.addSubTest(self.test_case.test_case,
                                                  self.test_case, exc_info)
                    else:
                        _addError(outcome.result, self.test_case, exc_info)
            return True
        finally:
            outcome.success = outcome.success and self.old_success


class _Outcome(object):
    __module__ = 'unittest.case'

    def __init__(self, result=None):
        self.expecting_failure = False
        self.result = result
        self.result_supports_subtests = hasattr(result, 'addSubTest')
        self.success = True
        self.expectedFailure = None

    def testPartExecutor(self, test_case, subTest=False):
        return _PartExecutor(self, test_case, subTest)


def _addSkip(result, test_case, reason):
    addSkip = getattr(result, 'addSkip', None)
    if addSkip is not None:
        addSkip(test_case, reason)
    else:
        _warn('TestResult has no addSkip method, skips not reported',
              RuntimeWarning, 2)
        result.addSuccess(test_case)


def _addError(result, test, exc_info):
    if result is not None and exc_info is not None:
        if issubclass(exc_info[0], test.failureException):
            result.addFailure(test, exc_info)
        else:
            result.addError(test, exc_info)


def _id(obj):
    return obj


def _enter_context(cm, addcleanup):
    cls = type(cm)
    try:
        enter = cls.__enter__
        exit = cls.__exit__
    except AttributeError:
        raise TypeError("'%s.%s' object does not support the context manager "
                        "protocol" % (cls.__module__, cls.__qualname__)) from None
    value = enter(cm)
    addcleanup(exit, cm, None, None, None)
    return value


_module_cleanups = []


def addModuleCleanup(function, /, *args, **kwargs):
    """Same as addCleanup, except the cleanup items are called even if
    setUpModule fails (unlike tearDownModule)."""
    _module_cleanups.append((function, args, kwargs))


def enterModuleContext(cm):
    """Same as enterContext, but module-wide."""
    return _enter_context(cm, addModuleCleanup)


def doModuleCleanups():
    """Runs the module cleanups; the first exception is re-raised."""
    raised = []
    while _module_cleanups:
        function, args, kwargs = _module_cleanups.pop()
        try:
            function(*args, **kwargs)
        except Exception as exc:
            raised.append(exc)
    if raised:
        raise raised[0]


def skip(reason):
    """Unconditionally skip a test."""
    def decorator(test_item):
        if not isinstance(test_item, type):
            @functools.wraps(test_item)
            def skip_wrapper(*args, **kwargs):
                raise SkipTest(reason)
            test_item = skip_wrapper
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item
    if isinstance(reason, types.FunctionType):
        test_item = reason
        reason = ''
        return decorator(test_item)
    return decorator


def skipIf(condition, reason):
    """Skip a test if the condition is true."""
    if condition:
        return skip(reason)
    return _id


def skipUnless(condition, reason):
    """Skip a test unless the condition is true."""
    if not condition:
        return skip(reason)
    return _id


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


def _is_subtype(expected, basetype):
    if isinstance(expected, tuple):
        return all(_is_subtype(e, basetype) for e in expected)
    return isinstance(expected, type) and issubclass(expected, basetype)


class _BaseTestCaseContext:

    def __init__(self, test_case):
        self.test_case = test_case

    def _raiseFailure(self, standardMsg):
        msg = self.test_case._formatMessage(self.msg, standardMsg)
        raise self.test_case.failureException(msg)


class _AssertRaisesBaseContext(_BaseTestCaseContext):

    def __init__(self, expected, test_case, expected_regex=None):
        _BaseTestCaseContext.__init__(self, test_case)
        self.expected = expected
        self.test_case = test_case
        if expected_regex is not None:
            expected_regex = _compile(expected_regex)
        self.expected_regex = expected_regex
        self.obj_name = None
        self.msg = None

    def handle(self, name, args, kwargs):
        """With no callable, returns self to be used as a context manager
        (taking msg=); else calls the callable inside the context."""
        if not _is_subtype(self.expected, self._base_type):
            raise TypeError('%s() arg 1 must be %s' % (name, self._base_type_str))
        if not args:
            self.msg = kwargs.pop('msg', None)
            if kwargs:
                raise TypeError('%r is an invalid keyword argument for '
                                'this function' % (next(iter(kwargs)),))
            return self
        callable_obj = args[0]
        args = args[1:]
        try:
            self.obj_name = callable_obj.__name__
        except AttributeError:
            self.obj_name = str(callable_obj)
        with self:
            callable_obj(*args, **kwargs)


class _AssertRaisesContext(_AssertRaisesBaseContext):
    """The context manager of assertRaises and assertRaisesRegex."""
    __module__ = 'unittest.case'

    _base_type = BaseException
    _base_type_str = 'an exception type or tuple of exception types'

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            try:
                exc_name = self.expected.__name__
            except AttributeError:
                exc_name = str(self.expected)
            if self.obj_name:
                self._raiseFailure('{} not raised by {}'.format(exc_name, self.obj_name))
            else:
                self._raiseFailure('{} not raised'.format(exc_name))
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value.with_traceback(None)
        if self.expected_regex is None:
            return True
        expected_regex = self.expected_regex
        if not expected_regex.search(str(exc_value)):
            self._raiseFailure('"{}" does not match "{}"'.format(
                expected_regex.pattern, str(exc_value)))
        return True


class _AssertWarnsContext(_AssertRaisesBaseContext):
    """The context manager of assertWarns and assertWarnsRegex."""
    __module__ = 'unittest.case'

    _base_type = Warning
    _base_type_str = 'a warning type or tuple of warning types'

    def __enter__(self):
        if _warnings is None:
            self.warnings_manager = None
            self.warnings = []
            return self
        for v in list(sys.modules.values()):
            if getattr(v, '__warningregistry__', None):
                v.__warningregistry__ = {}
        self.warnings_manager = _warnings.catch_warnings(record=True)
        self.warnings = self.warnings_manager.__enter__()
        _warnings.simplefilter('always', self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if self.warnings_manager is not None:
            self.warnings_manager.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return
        try:
            exc_name = self.expected.__name__
        except AttributeError:
            exc_name = str(self.expected)
        first_matching = None
        for m in self.warnings:
            w = m.message
            if not isinstance(w, self.expected):
                continue
            if first_matching is None:
                first_matching = w
            if (self.expected_regex is not None
                    and not self.expected_regex.search(str(w))):
                continue
            self.warning = w
            self.filename = m.filename
            self.lineno = m.lineno
            return
        if first_matching is not None:
            self._raiseFailure('"{}" does not match "{}"'.format(
                self.expected_regex.pattern, str(first_matching)))
        if self.obj_name:
            self._raiseFailure('{} not triggered by {}'.format(exc_name, self.obj_name))
        else:
            self._raiseFailure('{} not triggered'.format(exc_name))


def _capturing_handler(logging):
    """A logging handler keeping records and their formatted lines."""
    class _CapturingHandler(logging.Handler):
        def __init__(self):
            logging.Handler.__init__(self)
            self.watcher = _LoggingWatcher([], [])

        def flush(self):
            pass

        def emit(self, record):
            self.watcher.records.append(record)
            self.watcher.output.append(self.format(record))
    return _CapturingHandler()


_LoggingWatcher = collections.namedtuple('_LoggingWatcher', ['records', 'output'])


class _AssertLogsContext(_BaseTestCaseContext):
    """The context manager of assertLogs and assertNoLogs."""
    __module__ = 'unittest._log'

    LOGGING_FORMAT = '%(levelname)s:%(name)s:%(message)s'

    def __init__(self, test_case, logger_name, level, no_logs):
        import logging
        _BaseTestCaseContext.__init__(self, test_case)
        self.logging = logging
        self.logger_name = logger_name
        if level:
            self.level = logging.getLevelNamesMapping().get(level, level)
        else:
            self.level = logging.INFO
        self.msg = None
        self.no_logs = no_logs

    def __enter__(self):
        logging = self.logging
        if isinstance(self.logger_name, logging.Logger):
            logger = self.logger = self.logger_name
        else:
            logger = self.logger = logging.getLogger(self.logger_name)
        handler = _capturing_handler(logging)
        handler.setLevel(self.level)
        handler.setFormatter(logging.Formatter(self.LOGGING_FORMAT))
        self.watcher = handler.watcher
        self.old_handlers = logger.handlers[:]
        self.old_level = logger.level
        self.old_propagate = logger.propagate
        logger.handlers = [handler]
        logger.setLevel(self.level)
        logger.propagate = False
        if self.no_logs:
            return None
        return handler.watcher

    def __exit__(self, exc_type, exc_value, tb):
        self.logger.handlers = self.old_handlers
        self.logger.propagate = self.old_propagate
        self.logger.setLevel(self.old_level)
        if exc_type is not None:
            return False
        if self.no_logs:
            if len(self.watcher.records) > 0:
                self._raiseFailure('Unexpected logs found: {!r}'.format(
                    self.watcher.output))
        elif len(self.watcher.records) == 0:
            self._raiseFailure('no logs of level {} or higher triggered on {}'.format(
                self.logging.getLevelName(self.level), self.logger.name))


class _SubTestContext:
    """What TestCase.subTest returns: runs its block as a subtest."""

    def __init__(self, case, msg, params):
        self.case = case
        self.msg = msg
        self.params = params

    def __enter__(self):
        case = self.case
        outcome = case._outcome
        if outcome is None or not outcome.result_supports_subtests:
            self.executor = None
            return None
        self.parent = case._subtest
        if self.parent is None:
            params = dict(self.params)
        else:
            params = dict(self.parent.params)
            params.update(self.params)
            # Newer parameters come first, as CPython's ChainMap lists them.
            order = list(self.params) + [k for k in self.parent.params
                                         if k not in self.params]
            params = {k: params[k] for k in order}
        case._subtest = _SubTest(case, self.msg, params)
        self.executor = outcome.testPartExecutor(case._subtest, subTest=True)
        self.executor.__enter__()
        return None

    def __exit__(self, exc_type, exc_value, tb):
        if self.executor is None:
            return False
        case = self.case
        try:
            suppressed = self.executor.__exit__(exc_type, exc_value, tb)
            if not suppressed and exc_type is not None:
                return False
            outcome = case._outcome
            if not outcome.success:
                result = outcome.result
                if result is not None and result.failfast:
                    raise _ShouldStop
            elif outcome.expectedFailure:
                raise _ShouldStop
            return True
        finally:
            case._subtest = self.parent


_subtest_msg_sentinel = object()

DIFF_OMITTED = ('\nDiff is %s characters long. '
                'Set self.maxDiff to None to see it.')


def _class_cleanups(cls):
    if '_class_cleanups' not in cls.__dict__:
        cls._class_cleanups = []
    return cls._class_cleanups


class TestCase(object):
    """A class whose instances are single test cases: by default the
    'runTest' method, else the method named when instantiating."""
    __module__ = 'unittest.case'

    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8
    _diffThreshold = 2 ** 16

    def __init_subclass__(cls, *args, **kwargs):
        cls._classSetupFailed = False
        cls._class_cleanups = []
        super().__init_subclass__(*args, **kwargs)

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._outcome = None
        self._testMethodDoc = 'No test'
        try:
            testMethod = getattr(self, methodName)
        except AttributeError:
            if methodName != 'runTest':
                raise ValueError('no such test method in %s: %s'
                                 % (self.__class__, methodName))
        else:
            self._testMethodDoc = testMethod.__doc__
        self._cleanups = []
        self._subtest = None
        self._type_equality_funcs = {}
        self.addTypeEqualityFunc(dict, 'assertDictEqual')
        self.addTypeEqualityFunc(list, 'assertListEqual')
        self.addTypeEqualityFunc(tuple, 'assertTupleEqual')
        self.addTypeEqualityFunc(set, 'assertSetEqual')
        self.addTypeEqualityFunc(frozenset, 'assertSetEqual')
        self.addTypeEqualityFunc(str, 'assertMultiLineEqual')

    def addTypeEqualityFunc(self, typeobj, function):
        self._type_equality_funcs[typeobj] = function

    def addCleanup(self, function, /, *args, **kwargs):
        """Adds a function called (last added, first called) after tearDown,
        even when setUp failed."""
        self._cleanups.append((function, args, kwargs))

    def enterContext(self, cm):
        """Enters a context manager and adds its exit as a cleanup."""
        return _enter_context(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        """As addCleanup, for the class (called even if setUpClass fails)."""
        _class_cleanups(cls).append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        """As enterContext, but class-wide."""
        return _enter_context(cm, cls.addClassCleanup)

    def setUp(self):
        "Hook method for setting up the test fixture before exercising it."
        pass

    def tearDown(self):
        "Hook method for deconstructing the test fixture after testing it."
        pass

    @classmethod
    def setUpClass(cls):
        "Hook method for setting up class fixture before running tests in the class."

    @classmethod
    def tearDownClass(cls):
        "Hook method for deconstructing the class fixture after running all tests in the class."

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def shortDescription(self):
        """The first line of the test method's docstring, or None."""
        doc = self._testMethodDoc
        return doc.strip().split('\n')[0].strip() if doc else None

    def id(self):
        return '%s.%s' % (strclass(self.__class__), self._testMethodName)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._testMethodName == other._testMethodName

    def __hash__(self):
        return hash((type(self), self._testMethodName))

    def __str__(self):
        return '%s (%s.%s)' % (self._testMethodName, strclass(self.__class__),
                               self._testMethodName)

    def __repr__(self):
        return '<%s testMethod=%s>' % (strclass(self.__class__), self._testMethodName)

    def subTest(self, msg=_subtest_msg_sentinel, **params):
        """A context manager running its block as a subtest identified by
        msg and params: a failure there is reported and the test goes on
        after the block."""
        return _SubTestContext(self, msg, params)

    def _addExpectedFailure(self, result, exc_info):
        addExpectedFailure = getattr(result, 'addExpectedFailure', None)
        if addExpectedFailure is None:
            _warn('TestResult has no addExpectedFailure method, reporting as passes',
                  RuntimeWarning)
            result.addSuccess(self)
        else:
            addExpectedFailure(self, exc_info)

    def _addUnexpectedSuccess(self, result):
        addUnexpectedSuccess = getattr(result, 'addUnexpectedSuccess', None)
        if addUnexpectedSuccess is None:
            _warn('TestResult has no addUnexpectedSuccess method, reporting as failure',
                  RuntimeWarning)
            try:
                raise _UnexpectedSuccess from None
            except _UnexpectedSuccess as e:
                result.addFailure(self, (type(e), e, e.__traceback__))
        else:
            addUnexpectedSuccess(self)

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        if method() is not None:
            _warn('It is deprecated to return a value that is not None from a '
                  'test case (%s)' % (method,), DeprecationWarning, 3)

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def run(self, result=None):
        if result is None:
            result = self.defaultTestResult()
            startTestRun = getattr(result, 'startTestRun', None)
            stopTestRun = getattr(result, 'stopTestRun', None)
            if startTestRun is not None:
                startTestRun()
        else:
            stopTestRun = None

        result.startTest(self)
        try:
            testMethod = getattr(self, self._testMethodName)
            if (getattr(self.__class__, '__unittest_skip__', False)
                    or getattr(testMethod, '__unittest_skip__', False)):
                skip_why = (getattr(self.__class__, '__unittest_skip_why__', '')
                            or getattr(testMethod, '__unittest_skip_why__', ''))
                _addSkip(result, self, skip_why)
                return result

            expecting_failure = (
                getattr(self, '__unittest_expecting_failure__', False)
                or getattr(testMethod, '__unittest_expecting_failure__', False))
            outcome = _Outcome(result)
            try:
                self._outcome = outcome
                with outcome.testPartExecutor(self):
                    self._callSetUp()
                if outcome.success:
                    outcome.expecting_failure = expecting_failure
                    with outcome.testPartExecutor(self):
                        self._callTestMethod(testMethod)
                    outcome.expecting_failure = False
                    with outcome.testPartExecutor(self):
                        self._callTearDown()
                self.doCleanups()
                if outcome.success:
                    if expecting_failure:
                        if outcome.expectedFailure:
                            self._addExpectedFailure(result, outcome.expectedFailure)
                        else:
                            self._addUnexpectedSuccess(result)
                    else:
                        result.addSuccess(self)
                return result
            finally:
                outcome.expectedFailure = None
                outcome = None
                self._outcome = None
        finally:
            result.stopTest(self)
            if stopTestRun is not None:
                stopTestRun()

    def doCleanups(self):
        """Runs the cleanups (normally called for you after tearDown)."""
        outcome = self._outcome or _Outcome()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            with outcome.testPartExecutor(self):
                self._callCleanup(function, *args, **kwargs)
        return outcome.success

    @classmethod
    def doClassCleanups(cls):
        """Runs the class cleanups (normally called after tearDownClass)."""
        cls.tearDown_exceptions = []
        cleanups = _class_cleanups(cls)
        while cleanups:
            function, args, kwargs = cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception as e:
                cls.tearDown_exceptions.append((type(e), e, e.__traceback__))

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Runs the test without collecting errors in a TestResult."""
        testMethod = getattr(self, self._testMethodName)
        if (getattr(self.__class__, '__unittest_skip__', False)
                or getattr(testMethod, '__unittest_skip__', False)):
            skip_why = (getattr(self.__class__, '__unittest_skip_why__', '')
                        or getattr(testMethod, '__unittest_skip_why__', ''))
            raise SkipTest(skip_why)
        self._callSetUp()
        self._callTestMethod(testMethod)
        self._callTearDown()
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            self._callCleanup(function, *args, **kwargs)

    def skipTest(self, reason):
        """Skip this test."""
        raise SkipTest(reason)

    def fail(self, msg=None):
        """Fail immediately, with the given message."""
        raise self.failureException(msg)

    def assertFalse(self, expr, msg=None):
        """Check that the expression is false."""
        if expr:
            msg = self._formatMessage(msg, '%s is not false' % safe_repr(expr))
            raise self.failureException(msg)

    def assertTrue(self, expr, msg=None):
        """Check that the expression is true."""
        if not expr:
            msg = self._formatMessage(msg, '%s is not true' % safe_repr(expr))
            raise self.failureException(msg)

    def _formatMessage(self, msg, standardMsg):
        """The standard message, followed by ' : ' and msg when given (with
        longMessage false: msg alone when given)."""
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        return '%s : %s' % (standardMsg, msg)

    def assertRaises(self, expected_exception, *args, **kwargs):
        """Fails unless the callable (called with args and kwargs) raises
        expected_exception; with no callable, a context manager whose
        .exception is the exception raised in its block."""
        context = _AssertRaisesContext(expected_exception, self)
        return context.handle('assertRaises', args, kwargs)

    def assertWarns(self, expected_warning, *args, **kwargs):
        """As assertRaises, for a warning triggered (.warning, .filename,
        .lineno)."""
        context = _AssertWarnsContext(expected_warning, self)
        return context.handle('assertWarns', args, kwargs)

    def assertLogs(self, logger=None, level=None):
        """A context manager failing unless a message of level (INFO) or
        higher is logged on logger (the root) or its children."""
        return _AssertLogsContext(self, logger, level, no_logs=False)

    def assertNoLogs(self, logger=None, level=None):
        """A context manager failing if any message is logged."""
        return _AssertLogsContext(self, logger, level, no_logs=True)

    def _getAssertEqualityFunc(self, first, second):
        if type(first) is type(second):
            asserter = self._type_equality_funcs.get(type(first))
            if asserter is not None:
                if isinstance(asserter, str):
                    asserter = getattr(self, asserter)
                return asserter
        return self._baseAssertEqual

    def _baseAssertEqual(self, first, second, msg=None):
        if not first == second:
            standardMsg = '%s != %s' % _common_shorten_repr(first, second)
            msg = self._formatMessage(msg, standardMsg)
            raise self.failureException(msg)

    def assertEqual(self, first, second, msg=None):
        """Fail if the two objects are unequal as determined by '=='."""
        assertion_func = self._getAssertEqualityFunc(first, second)
        assertion_func(first, second, msg=msg)

    def assertNotEqual(self, first, second, msg=None):
        """Fail if the two objects are equal as determined by '!='."""
        if not first != second:
            msg = self._formatMessage(msg, '%s == %s' % (safe_repr(first),
                                                         safe_repr(second)))
            raise self.failureException(msg)

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """Fail unless first and second are equal, or their difference
        rounds to zero at places (7) decimals, or is at most delta."""
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standardMsg = '%s != %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta),
                safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standardMsg = '%s != %s within %r places (%s difference)' % (
                safe_repr(first), safe_repr(second), places, safe_repr(diff))
        msg = self._formatMessage(msg, standardMsg)
        raise self.failureException(msg)

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        """The opposite of assertAlmostEqual."""
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standardMsg = '%s == %s within %s delta (%s difference)' % (
                safe_repr(first), safe_repr(second), safe_repr(delta),
                safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standardMsg = '%s == %s within %r places' % (
                safe_repr(first), safe_repr(second), places)
        msg = self._formatMessage(msg, standardMsg)
        raise self.failureException(msg)

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        """An equality assertion for ordered sequences (indexable, with a
        length), reporting the first differing element and a diff."""
        if seq_type is not None:
            seq_type_name = seq_type.__name__
            if not isinstance(seq1, seq_type):
                raise self.failureException('First sequence is not a %s: %s'
                                            % (seq_type_name, safe_repr(seq1)))
            if not isinstance(seq2, seq_type):
                raise self.failureException('Second sequence is not a %s: %s'
                                            % (seq_type_name, safe_repr(seq2)))
        else:
            seq_type_name = 'sequence'

        differing = None
        try:
            len1 = len(seq1)
        except (TypeError, NotImplementedError):
            differing = 'First %s has no length.    Non-sequence?' % seq_type_name

        if differing is None:
            try:
                len2 = len(seq2)
            except (TypeError, NotImplementedError):
                differing = 'Second %s has no length.    Non-sequence?' % seq_type_name

        if differing is None:
            if seq1 == seq2:
                return
            differing = '%ss differ: %s != %s\n' % (
                (seq_type_name.capitalize(),) + _common_shorten_repr(seq1, seq2))
            all_equal = True
            for i in range(min(len1, len2)):
                try:
                    item1 = seq1[i]
                except (TypeError, IndexError, NotImplementedError):
                    differing += ('\nUnable to index element %d of first %s\n'
                                  % (i, seq_type_name))
                    all_equal = False
                    break
                try:
                    item2 = seq2[i]
                except (TypeError, IndexError, NotImplementedError):
                    differing += ('\nUnable to index element %d of second %s\n'
                                  % (i, seq_type_name))
                    all_equal = False
                    break
                if item1 != item2:
                    differing += ('\nFirst differing element %d:\n%s\n%s\n'
                                  % ((i,) + _common_shorten_repr(item1, item2)))
                    all_equal = False
                    break
            if all_equal and (len1 == len2 and seq_type is None
                              and type(seq1) != type(seq2)):
                # Equal items, but sequences of different types.
                return
            if len1 > len2:
                differing += ('\nFirst %s contains %d additional elements.\n'
                              % (seq_type_name, len1 - len2))
                try:
                    differing += ('First extra element %d:\n%s\n'
                                  % (len2, safe_repr(seq1[len2])))
                except (TypeError, IndexError, NotImplementedError):
                    differing += ('Unable to index element %d of first %s\n'
                                  % (len2, seq_type_name))
            elif len1 < len2:
                differing += ('\nSecond %s contains %d additional elements.\n'
                              % (seq_type_name, len2 - len1))
                try:
                    differing += ('First extra element %d:\n%s\n'
                                  % (len1, safe_repr(seq2[len1])))
                except (TypeError, IndexError, NotImplementedError):
                    differing += ('Unable to index element %d of second %s\n'
                                  % (len1, seq_type_name))
        standardMsg = differing
        diffMsg = '\n' + '\n'.join(_ndiff(_pformat(seq1).splitlines(),
                                          _pformat(seq2).splitlines()))
        standardMsg = self._truncateMessage(standardMsg, diffMsg)
        msg = self._formatMessage(msg, standardMsg)
        self.fail(msg)

    def _truncateMessage(self, message, diff):
        max_diff = self.maxDiff
        if max_diff is None or len(diff) <= max_diff:
            return message + diff
        return message + (DIFF_OMITTED % len(diff))

    def assertListEqual(self, list1, list2, msg=None):
        """A list-specific equality assertion."""
        self.assertSequenceEqual(list1, list2, msg, seq_type=list)

    def assertTupleEqual(self, tuple1, tuple2, msg=None):
        """A tuple-specific equality assertion."""
        self.assertSequenceEqual(tuple1, tuple2, msg, seq_type=tuple)

    def assertSetEqual(self, set1, set2, msg=None):
        """A set equality assertion listing the items only in one set."""
        try:
            difference1 = set1.difference(set2)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('first argument does not support set difference: %s' % e)
        try:
            difference2 = set2.difference(set1)
        except TypeError as e:
            self.fail('invalid type when attempting set difference: %s' % e)
        except AttributeError as e:
            self.fail('second argument does not support set difference: %s' % e)
        if not (difference1 or difference2):
            return
        lines = []
        if difference1:
            lines.append('Items in the first set but not the second:')
            for item in difference1:
                lines.append(repr(item))
        if difference2:
            lines.append('Items in the second set but not the first:')
            for item in difference2:
                lines.append(repr(item))
        standardMsg = '\n'.join(lines)
        self.fail(self._formatMessage(msg, standardMsg))

    def assertIn(self, member, container, msg=None):
        """Just like self.assertTrue(a in b), but with a nicer default message."""
        if member not in container:
            standardMsg = '%s not found in %s' % (safe_repr(member), safe_repr(container))
            self.fail(self._formatMessage(msg, standardMsg))

    def assertNotIn(self, member, container, msg=None):
        """Just like self.assertTrue(a not in b), but with a nicer default message."""
        if member in container:
            standardMsg = '%s unexpectedly found in %s' % (safe_repr(member),
                                                          safe_repr(container))
            self.fail(self._formatMessage(msg, standardMsg))

    def assertIs(self, expr1, expr2, msg=None):
        """Just like self.assertTrue(a is b), but with a nicer default message."""
        if expr1 is not expr2:
            standardMsg = '%s is not %s' % (safe_repr(expr1), safe_repr(expr2))
            self.fail(self._formatMessage(msg, standardMsg))

    def assertIsNot(self, expr1, expr2, msg=None):
        """Just like self.assertTrue(a is not b), but with a nicer default message."""
        if expr1 is expr2:
            standardMsg = 'unexpectedly identical: %s' % (safe_repr(expr1),)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertDictEqual(self, d1, d2, msg=None):
        self.assertIsInstance(d1, dict, 'First argument is not a dictionary')
        self.assertIsInstance(d2, dict, 'Second argument is not a dictionary')
        if d1 != d2:
            standardMsg = '%s != %s' % _common_shorten_repr(d1, d2)
            diff = '\n' + '\n'.join(_ndiff(_pformat(d1).splitlines(),
                                           _pformat(d2).splitlines()))
            standardMsg = self._truncateMessage(standardMsg, diff)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertCountEqual(self, first, second, msg=None):
        """Asserts that two iterables have the same elements, the same
        number of times, in any order."""
        first_seq, second_seq = list(first), list(second)
        try:
            first = collections.Counter(first_seq)
            second = collections.Counter(second_seq)
        except TypeError:
            differences = _count_diff_all_purpose(first_seq, second_seq)
        else:
            if first == second:
                return
            differences = _count_diff_hashable(first_seq, second_seq)
        if differences:
            standardMsg = 'Element counts were not equal:\n'
            lines = ['First has %d, Second has %d:  %r' % tuple(diff)
                     for diff in differences]
            diffMsg = '\n'.join(lines)
            standardMsg = self._truncateMessage(standardMsg, diffMsg)
            msg = self._formatMessage(msg, standardMsg)
            self.fail(msg)

    def assertMultiLineEqual(self, first, second, msg=None):
        """Assert that two multi-line strings are equal."""
        self.assertIsInstance(first, str, 'First argument is not a string')
        self.assertIsInstance(second, str, 'Second argument is not a string')
        if first != second:
            if len(first) > self._diffThreshold or len(second) > self._diffThreshold:
                self._baseAssertEqual(first, second, msg)
            firstlines = first.splitlines(True)
            secondlines = second.splitlines(True)
            if len(firstlines) == 1 and first.strip('\r\n') == first:
                firstlines = [first + '\n']
                secondlines = [second + '\n']
            standardMsg = '%s != %s' % _common_shorten_repr(first, second)
            diff = '\n' + ''.join(_ndiff(firstlines, secondlines))
            standardMsg = self._truncateMessage(standardMsg, diff)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertLess(self, a, b, msg=None):
        """Just like self.assertTrue(a < b), but with a nicer default message."""
        if not a < b:
            standardMsg = '%s not less than %s' % (safe_repr(a), safe_repr(b))
            self.fail(self._formatMessage(msg, standardMsg))

    def assertLessEqual(self, a, b, msg=None):
        """Just like self.assertTrue(a <= b), but with a nicer default message."""
        if not a <= b:
            standardMsg = '%s not less than or equal to %s' % (safe_repr(a), safe_repr(b))
            self.fail(self._formatMessage(msg, standardMsg))

    def assertGreater(self, a, b, msg=None):
        """Just like self.assertTrue(a > b), but with a nicer default message."""
        if not a > b:
            standardMsg = '%s not greater than %s' % (safe_repr(a), safe_repr(b))
            self.fail(self._formatMessage(msg, standardMsg))

    def assertGreaterEqual(self, a, b, msg=None):
        """Just like self.assertTrue(a >= b), but with a nicer default message."""
        if not a >= b:
            standardMsg = '%s not greater than or equal to %s' % (safe_repr(a),
                                                                 safe_repr(b))
            self.fail(self._formatMessage(msg, standardMsg))

    def assertIsNone(self, obj, msg=None):
        """Same as self.assertTrue(obj is None), with a nicer default message."""
        if obj is not None:
            standardMsg = '%s is not None' % (safe_repr(obj),)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertIsNotNone(self, obj, msg=None):
        """Included for symmetry with assertIsNone."""
        if obj is None:
            standardMsg = 'unexpectedly None'
            self.fail(self._formatMessage(msg, standardMsg))

    def assertIsInstance(self, obj, cls, msg=None):
        """Same as self.assertTrue(isinstance(obj, cls)), with a nicer
        default message."""
        if not isinstance(obj, cls):
            standardMsg = '%s is not an instance of %r' % (safe_repr(obj), cls)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertNotIsInstance(self, obj, cls, msg=None):
        """Included for symmetry with assertIsInstance."""
        if isinstance(obj, cls):
            standardMsg = '%s is an instance of %r' % (safe_repr(obj), cls)
            self.fail(self._formatMessage(msg, standardMsg))

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        """As assertRaises, also requiring str(exception) to match
        expected_regex."""
        context = _AssertRaisesContext(expected_exception, self, expected_regex)
        return context.handle('assertRaisesRegex', args, kwargs)

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        """As assertWarns, also requiring the message to match expected_regex."""
        context = _AssertWarnsContext(expected_warning, self, expected_regex)
        return context.handle('assertWarnsRegex', args, kwargs)

    def assertRegex(self, text, expected_regex, msg=None):
        """Fail the test unless the text matches the regular expression."""
        if isinstance(expected_regex, (str, bytes)):
            assert expected_regex, 'expected_regex must not be empty.'
            expected_regex = _compile(expected_regex)
        if not expected_regex.search(text):
            standardMsg = "Regex didn't match: %r not found in %r" % (
                expected_regex.pattern, text)
            msg = self._formatMessage(msg, standardMsg)
            raise self.failureException(msg)

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        """Fail the test if the text matches the regular expression."""
        if isinstance(unexpected_regex, (str, bytes)):
            unexpected_regex = _compile(unexpected_regex)
        match = unexpected_regex.search(text)
        if match:
            standardMsg = 'Regex matched: %r matches %r in %r' % (
                text[match.start():match.end()], unexpected_regex.pattern, text)
            msg = self._formatMessage(msg, standardMsg)
            raise self.failureException(msg)

    def _deprecate(original_func):
        def deprecated_func(*args, **kwargs):
            _warn('Please use {0} instead.'.format(original_func.__name__),
                  DeprecationWarning, 2)
            return original_func(*args, **kwargs)
        return deprecated_func

    failUnlessEqual = assertEquals = _deprecate(assertEqual)
    failIfEqual = assertNotEquals = _deprecate(assertNotEqual)
    failUnlessAlmostEqual = assertAlmostEquals = _deprecate(assertAlmostEqual)
    failIfAlmostEqual = assertNotAlmostEquals = _deprecate(assertNotAlmostEqual)
    failUnless = assert_ = _deprecate(assertTrue)
    failUnlessRaises = _deprecate(assertRaises)
    failIf = _deprecate(assertFalse)
    assertRaisesRegexp = _deprecate(assertRaisesRegex)
    assertRegexpMatches = _deprecate(assertRegex)
    assertNotRegexpMatches = _deprecate(assertNotRegex)
    del _deprecate


TestCase._classSetupFailed = False
TestCase._class_cleanups = []


class FunctionTestCase(TestCase):
    """A test case wrapping a test function, with optional set-up and
    tidy-up functions."""
    __module__ = 'unittest.case'

    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super(FunctionTestCase, self).__init__()
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown
        self._testFunc = testFunc
        self._description = description

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def id(self):
        return self._testFunc.__name__

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return (self._setUpFunc == other._setUpFunc
                and self._tearDownFunc == other._tearDownFunc
                and self._testFunc == other._testFunc
                and self._description == other._description)

    def __hash__(self):
        return hash((type(self), self._setUpFunc, self._tearDownFunc,
                     self._testFunc, self._description))

    def __str__(self):
        return '%s (%s)' % (strclass(self.__class__), self._testFunc.__name__)

    def __repr__(self):
        return '<%s tec=%s>' % (strclass(self.__class__), self._testFunc)

    def shortDescription(self):
        if self._description is not None:
            return self._description
        doc = self._testFunc.__doc__
        return doc and doc.split('\n')[0].strip() or None


class _SubTest(TestCase):
    __module__ = 'unittest.case'

    def __init__(self, test_case, message, params):
        super().__init__()
        self._message = message
        self.test_case = test_case
        self.params = params
        self.failureException = test_case.failureException

    def runTest(self):
        raise NotImplementedError('subtests cannot be run directly')

    def _subDescription(self):
        parts = []
        if self._message is not _subtest_msg_sentinel:
            parts.append('[{}]'.format(self._message))
        if self.params:
            params_desc = ', '.join('{}={!r}'.format(k, v)
                                    for (k, v) in self.params.items())
            parts.append('({})'.format(params_desc))
        return ' '.join(parts) or '(<subtest>)'

    def id(self):
        return '{} {}'.format(self.test_case.id(), self._subDescription())

    def shortDescription(self):
        return self.test_case.shortDescription()

    def __str__(self):
        return '{} {}'.format(self.test_case, self._subDescription())


# ================================================================ async_case

class IsolatedAsyncioTestCase(TestCase):
    """A TestCase whose test methods, asyncSetUp, asyncTearDown and async
    cleanups are coroutines: each test runs in its own event loop
    (an asyncio.Runner), all its parts in one contextvars context."""
    __module__ = 'unittest.async_case'

    def __init__(self, methodName='runTest'):
        super().__init__(methodName)
        self._asyncioRunner = None
        self._asyncioTestContext = contextvars.copy_context()

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        self.addCleanup(*(func, *args), **kwargs)

    async def enterAsyncContext(self, cm):
        """Enters an asynchronous context manager and adds its __aexit__
        as a cleanup."""
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise TypeError("'%s.%s' object does not support the asynchronous "
                            "context manager protocol"
                            % (cls.__module__, cls.__qualname__)) from None
        value = await enter(cm)
        self.addAsyncCleanup(exit, cm, None, None, None)
        return value

    def _callSetUp(self):
        self._asyncioRunner.get_loop()
        self._asyncioTestContext.run(self.setUp)
        self._callAsync(self.asyncSetUp)

    def _callTestMethod(self, method):
        if self._callMaybeAsync(method) is not None:
            _warn('It is deprecated to return a value that is not None from a '
                  'test case (%s)' % (method,), DeprecationWarning, 4)

    def _callTearDown(self):
        self._callAsync(self.asyncTearDown)
        self._asyncioTestContext.run(self.tearDown)

    def _callCleanup(self, function, *args, **kwargs):
        self._callMaybeAsync(function, *args, **kwargs)

    def _runCoroutine(self, coro):
        # Runner.run(coro, context=...) as CPython 3.11 does it: one task
        # in the runner's loop, in the test's context.
        import asyncio
        if not asyncio.iscoroutine(coro):
            raise ValueError('a coroutine was expected, got {!r}'.format(coro))
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            pass
        else:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        loop = self._asyncioRunner.get_loop()
        task = loop.create_task(coro, context=self._asyncioTestContext)
        return loop.run_until_complete(task)

    def _callAsync(self, func, /, *args, **kwargs):
        assert self._asyncioRunner is not None, 'asyncio runner is not initialized'
        assert inspect.iscoroutinefunction(func), '%r is not an async function' % (func,)
        return self._runCoroutine(func(*args, **kwargs))

    def _callMaybeAsync(self, func, /, *args, **kwargs):
        assert self._asyncioRunner is not None, 'asyncio runner is not initialized'
        if inspect.iscoroutinefunction(func):
            return self._runCoroutine(func(*args, **kwargs))
        return self._asyncioTestContext.run(func, *args, **kwargs)

    def _setupAsyncioRunner(self):
        import asyncio
        assert self._asyncioRunner is None, 'asyncio runner is already initialized'
        self._asyncioRunner = asyncio.Runner(debug=True)

    def _tearDownAsyncioRunner(self):
        self._asyncioRunner.close()

    def run(self, result=None):
        self._setupAsyncioRunner()
        try:
            return super().run(result)
        finally:
            self._tearDownAsyncioRunner()

    def debug(self):
        self._setupAsyncioRunner()
        super().debug()
        self._tearDownAsyncioRunner()


# ================================================================ result

STDOUT_LINE = '\nStdout:\n%s'
STDERR_LINE = '\nStderr:\n%s'


def _failfast(method):
    @functools.wraps(method)
    def inner(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    return inner


class TestResult(object):
    """Holds the outcome of a test run: tests run, failures, errors,
    skips, expected failures and unexpected successes."""
    __module__ = 'unittest.result'

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._stdout_buffer = None
        self._stderr_buffer = None
        self._original_stdout = sys.stdout
        self._original_stderr = sys.stderr
        self._mirrorOutput = False

    def printErrors(self):
        "Called by TestRunner after test run"

    def startTest(self, test):
        "Called when the given test is about to be run"
        self.testsRun += 1
        self._mirrorOutput = False
        self._setupStdout()

    def _setupStdout(self):
        if self.buffer:
            if self._stderr_buffer is None:
                import io
                self._stderr_buffer = io.StringIO()
                self._stdout_buffer = io.StringIO()
            sys.stdout = self._stdout_buffer
            sys.stderr = self._stderr_buffer

    def startTestRun(self):
        """Called once before any tests are executed."""

    def stopTest(self, test):
        """Called when the given test has been run"""
        self._restoreStdout()
        self._mirrorOutput = False

    def _restoreStdout(self):
        if self.buffer:
            if self._mirrorOutput:
                output = sys.stdout.getvalue()
                error = sys.stderr.getvalue()
                if output:
                    if not output.endswith('\n'):
                        output += '\n'
                    self._original_stdout.write(STDOUT_LINE % output)
                if error:
                    if not error.endswith('\n'):
                        error += '\n'
                    self._original_stderr.write(STDERR_LINE % error)
            sys.stdout = self._original_stdout
            sys.stderr = self._original_stderr
            self._stdout_buffer.seek(0)
            self._stdout_buffer.truncate()
            self._stderr_buffer.seek(0)
            self._stderr_buffer.truncate()

    def stopTestRun(self):
        """Called once after all tests are executed."""

    @_failfast
    def addError(self, test, err):
        """Called when an error has occurred; err is (type, value, tb)."""
        self.errors.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    @_failfast
    def addFailure(self, test, err):
        """Called when a failure has occurred; err is (type, value, tb)."""
        self.failures.append((test, self._exc_info_to_string(err, test)))
        self._mirrorOutput = True

    def addSubTest(self, test, subtest, err):
        """Called at the end of a subtest; err is None on success."""
        if err is not None:
            if getattr(self, 'failfast', False):
                self.stop()
            if issubclass(err[0], test.failureException):
                errors = self.failures
            else:
                errors = self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))
            self._mirrorOutput = True

    def addSuccess(self, test):
        "Called when a test has completed successfully"
        pass

    def addSkip(self, test, reason):
        """Called when a test is skipped."""
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        """Called when an expected failure/error occurred."""
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @_failfast
    def addUnexpectedSuccess(self, test):
        """Called when a test was expected to fail, but succeed."""
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        """Tells whether or not this result was a success."""
        return ((len(self.failures) == len(self.errors) == 0)
                and (not hasattr(self, 'unexpectedSuccesses')
                     or len(self.unexpectedSuccesses) == 0))

    def stop(self):
        """Indicates that the tests should be aborted."""
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """Renders a (type, value, tb) tuple as the traceback module does."""
        exctype, value, tb = err
        text = _format_exception(exctype, value, tb, test)
        if self.buffer:
            output = sys.stdout.getvalue()
            error = sys.stderr.getvalue()
            if output:
                if not output.endswith('\n'):
                    output += '\n'
                text += STDOUT_LINE % output
            if error:
                if not error.endswith('\n'):
                    error += '\n'
                text += STDERR_LINE % error
        return text

    def __repr__(self):
        return ('<%s run=%i errors=%i failures=%i>'
                % (strclass(self.__class__), self.testsRun, len(self.errors),
                   len(self.failures)))


# ================================================================ suite

class BaseTestSuite(object):
    """A suite of tests, run in order, with no class or module fixtures."""
    __module__ = 'unittest.suite'

    _cleanup = True

    def __init__(self, tests=()):
        self._tests = []
        self._removed_tests = 0
        self.addTests(tests)

    def __repr__(self):
        return '<%s tests=%s>' % (strclass(self.__class__), list(self))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return list(self) == list(other)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        cases = self._removed_tests
        for test in self:
            if test:
                cases += test.countTestCases()
        return cases

    def addTest(self, test):
        if not callable(test):
            raise TypeError('{} is not callable'.format(repr(test)))
        if isinstance(test, type) and issubclass(test, (TestCase, TestSuite)):
            raise TypeError('TestCases and TestSuites must be instantiated '
                            'before passing them to addTest()')
        self._tests.append(test)

    def addTests(self, tests):
        if isinstance(tests, str):
            raise TypeError('tests must be an iterable of tests, not a string')
        for test in tests:
            self.addTest(test)

    def run(self, result):
        for index, test in enumerate(self):
            if result.shouldStop:
                break
            test(result)
            if self._cleanup:
                self._removeTestAtIndex(index)
        return result

    def _removeTestAtIndex(self, index):
        try:
            test = self._tests[index]
        except TypeError:
            pass
        else:
            if hasattr(test, 'countTestCases'):
                self._removed_tests += test.countTestCases()
            self._tests[index] = None

    def __call__(self, *args, **kwds):
        return self.run(*args, **kwds)

    def debug(self):
        """Run the tests without collecting errors in a TestResult"""
        for test in self:
            test.debug()


def _call_if_exists(parent, attr):
    func = getattr(parent, attr, None)
    if func is not None:
        func()


class TestSuite(BaseTestSuite):
    """A suite of tests, with setUpClass/tearDownClass and
    setUpModule/tearDownModule run around the tests of each class and
    module."""
    __module__ = 'unittest.suite'

    def run(self, result, debug=False):
        topLevel = False
        if getattr(result, '_testRunEntered', False) is False:
            result._testRunEntered = topLevel = True

        for index, test in enumerate(self):
            if result.shouldStop:
                break
            if _isnotsuite(test):
                self._tearDownPreviousClass(test, result)
                self._handleModuleFixture(test, result)
                self._handleClassSetUp(test, result)
                result._previousTestClass = test.__class__
                if (getattr(test.__class__, '_classSetupFailed', False)
                        or getattr(result, '_moduleSetUpFailed', False)):
                    continue
            if not debug:
                test(result)
            else:
                test.debug()
            if self._cleanup:
                self._removeTestAtIndex(index)

        if topLevel:
            self._tearDownPreviousClass(None, result)
            self._handleModuleTearDown(result)
            result._testRunEntered = False
        return result

    def debug(self):
        """Run the tests without collecting errors in a TestResult"""
        self.run(_DebugResult(), True)

    def _handleClassSetUp(self, test, result):
        previousClass = getattr(result, '_previousTestClass', None)
        currentClass = test.__class__
        if currentClass == previousClass:
            return
        if result._moduleSetUpFailed:
            return
        if getattr(currentClass, '__unittest_skip__', False):
            return
        failed = False
        try:
            currentClass._classSetupFailed = False
        except TypeError:
            pass
        setUpClass = getattr(currentClass, 'setUpClass', None)
        doClassCleanups = getattr(currentClass, 'doClassCleanups', None)
        if setUpClass is not None:
            _call_if_exists(result, '_setupStdout')
            try:
                try:
                    setUpClass()
                except Exception as e:
                    if isinstance(result, _DebugResult):
                        raise
                    failed = True
                    try:
                        currentClass._classSetupFailed = True
                    except TypeError:
                        pass
                    className = strclass(currentClass)
                    self._createClassOrModuleLevelException(
                        result, e, 'setUpClass', className)
                if failed and doClassCleanups is not None:
                    doClassCleanups()
                    for exc_info in currentClass.tearDown_exceptions:
                        self._createClassOrModuleLevelException(
                            result, exc_info[1], 'setUpClass', className,
                            info=exc_info)
            finally:
                _call_if_exists(result, '_restoreStdout')

    def _get_previous_module(self, result):
        previousClass = getattr(result, '_previousTestClass', None)
        if previousClass is not None:
            return previousClass.__module__
        return None

    def _handleModuleFixture(self, test, result):
        previousModule = self._get_previous_module(result)
        currentModule = test.__class__.__module__
        if currentModule == previousModule:
            return
        self._handleModuleTearDown(result)
        result._moduleSetUpFailed = False
        module = sys.modules.get(currentModule)
        if module is None:
            return
        setUpModule = getattr(module, 'setUpModule', None)
        if setUpModule is not None:
            _call_if_exists(result, '_setupStdout')
            try:
                try:
                    setUpModule()
                except Exception as e:
                    if isinstance(result, _DebugResult):
                        raise
                    result._moduleSetUpFailed = True
                    self._createClassOrModuleLevelException(
                        result, e, 'setUpModule', currentModule)
                if result._moduleSetUpFailed:
                    try:
                        doModuleCleanups()
                    except Exception as e:
                        self._createClassOrModuleLevelException(
                            result, e, 'setUpModule', currentModule)
            finally:
                _call_if_exists(result, '_restoreStdout')

    def _createClassOrModuleLevelException(self, result, exc, method_name,
                                           parent, info=None):
        errorName = '%s (%s)' % (method_name, parent)
        self._addClassOrModuleLevelException(result, exc, errorName, info)

    def _addClassOrModuleLevelException(self, result, exception, errorName,
                                        info=None):
        error = _ErrorHolder(errorName)
        addSkip = getattr(result, 'addSkip', None)
        if addSkip is not None and isinstance(exception, SkipTest):
            addSkip(error, str(exception))
        elif not info:
            result.addError(error, (type(exception), exception,
                                    exception.__traceback__))
        else:
            result.addError(error, info)

    def _handleModuleTearDown(self, result):
        previousModule = self._get_previous_module(result)
        if previousModule is None:
            return
        if result._moduleSetUpFailed:
            return
        module = sys.modules.get(previousModule)
        if module is None:
            return
        _call_if_exists(result, '_setupStdout')
        try:
            tearDownModule = getattr(module, 'tearDownModule', None)
            if tearDownModule is not None:
                try:
                    tearDownModule()
                except Exception as e:
                    if isinstance(result, _DebugResult):
                        raise
                    self._createClassOrModuleLevelException(
                        result, e, 'tearDownModule', previousModule)
            try:
                doModuleCleanups()
            except Exception as e:
                if isinstance(result, _DebugResult):
                    raise
                self._createClassOrModuleLevelException(
                    result, e, 'tearDownModule', previousModule)
        finally:
            _call_if_exists(result, '_restoreStdout')

    def _tearDownPreviousClass(self, test, result):
        previousClass = getattr(result, '_previousTestClass', None)
        currentClass = test.__class__
        if currentClass == previousClass or previousClass is None:
            return
        if getattr(previousClass, '_classSetupFailed', False):
            return
        if getattr(result, '_moduleSetUpFailed', False):
            return
        if getattr(previousClass, '__unittest_skip__', False):
            return
        tearDownClass = getattr(previousClass, 'tearDownClass', None)
        doClassCleanups = getattr(previousClass, 'doClassCleanups', None)
        if tearDownClass is None and doClassCleanups is None:
            return
        _call_if_exists(result, '_setupStdout')
        try:
            if tearDownClass is not None:
                try:
                    tearDownClass()
                except Exception as e:
                    if isinstance(result, _DebugResult):
                        raise
                    className = strclass(previousClass)
                    self._createClassOrModuleLevelException(
                        result, e, 'tearDownClass', className)
            if doClassCleanups is not None:
                doClassCleanups()
                for exc_info in previousClass.tearDown_exceptions:
                    if isinstance(result, _DebugResult):
                        raise exc_info[1]
                    className = strclass(previousClass)
                    self._createClassOrModuleLevelException(
                        result, exc_info[1], 'tearDownClass', className,
                        info=exc_info)
        finally:
            _call_if_exists(result, '_restoreStdout')


class _ErrorHolder(object):
    """Stands for a test in a result, for errors outside any test
    (setUpClass, setUpModule and their tear-downs)."""
    __module__ = 'unittest.suite'

    failureException = None

    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def shortDescription(self):
        return None

    def __repr__(self):
        return '<ErrorHolder description=%r>' % (self.description,)

    def __str__(self):
        return self.id()

    def run(self, result):
        pass

    def __call__(self, result):
        return self.run(result)

    def countTestCases(self):
        return 0


def _isnotsuite(test):
    try:
        iter(test)
    except TypeError:
        return True
    return False


class _DebugResult(object):
    __module__ = 'unittest.suite'
    _previousTestClass = None
    _moduleSetUpFailed = False
    shouldStop = False


# ================================================================ loader

class _FailedTest(TestCase):
    __module__ = 'unittest.loader'
    _testMethodName = None

    def __init__(self, method_name, exception):
        self._exception = exception
        super(_FailedTest, self).__init__(method_name)

    def __getattr__(self, name):
        if name != self._testMethodName:
            raise AttributeError(name)

        def testFailure():
            raise self._exception
        return testFailure


class TestLoader(object):
    """Makes suites from test case classes, modules and names."""
    __module__ = 'unittest.loader'

    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(three_way_cmp)
    testNamePatterns = None
    suiteClass = TestSuite
    _top_level_dir = None

    def __init__(self):
        super(TestLoader, self).__init__()
        self.errors = []
        self._loading_packages = set()

    def loadTestsFromTestCase(self, testCaseClass):
        """Return a suite of all test cases contained in testCaseClass"""
        if issubclass(testCaseClass, TestSuite):
            raise TypeError('Test cases should not be derived from '
                            'TestSuite. Maybe you meant to derive from '
                            'TestCase?')
        if testCaseClass in (TestCase, FunctionTestCase):
            testCaseNames = []
        else:
            testCaseNames = self.getTestCaseNames(testCaseClass)
            if not testCaseNames and hasattr(testCaseClass, 'runTest'):
                testCaseNames = ['runTest']
        return self.suiteClass(map(testCaseClass, testCaseNames))

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        """Return a suite of all test cases contained in the given module"""
        if len(args) > 1:
            raise TypeError('loadTestsFromModule() takes 1 positional argument '
                            'but {} were given'.format(len(args) + 1))
        kws.pop('use_load_tests', None)
        if kws:
            raise TypeError("loadTestsFromModule() got an unexpected keyword "
                            "argument '{}'".format(sorted(kws)[0]))
        tests = []
        for name in sorted(dir(module)):
            obj = getattr(module, name, None)
            if (isinstance(obj, type) and issubclass(obj, TestCase)
                    and obj not in (TestCase, FunctionTestCase)):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            try:
                return load_tests(self, tests, pattern)
            except Exception as e:
                message = 'Failed to call load_tests:\n%s' % (
                    _format_exception(type(e), e, e.__traceback__),)
                self.errors.append(message)
                return self.suiteClass((_FailedTest(module.__name__, e),))
        return tests

    def loadTestsFromName(self, name, module=None):
        """A suite for a dotted name: a module, a test case class, a test
        method or a callable returning a test (relative to module if
        given)."""
        parts = name.split('.')
        if module is None:
            module = sys.modules.get(parts[0])
            if module is None:
                e = ModuleNotFoundError("No module named %r" % (parts[0],))
                message = 'Failed to import test module: %s\n%s' % (
                    parts[0], _format_exception(type(e), e, None))
                self.errors.append(message)
                return self.suiteClass((_FailedTest(parts[0], ImportError(message)),))
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                message = 'Failed to access attribute:\n%s' % (
                    _format_exception(type(e), e, None),)
                self.errors.append(message)
                return self.suiteClass((_FailedTest(part, e),))
        if isinstance(obj, types.ModuleType):
            return self.loadTestsFromModule(obj)
        if (isinstance(obj, type) and issubclass(obj, TestCase)
                and obj not in (TestCase, FunctionTestCase)):
            return self.loadTestsFromTestCase(obj)
        if (isinstance(obj, types.FunctionType) and isinstance(parent, type)
                and issubclass(parent, TestCase)):
            name = parts[-1]
            inst = parent(name)
            if not isinstance(getattr(inst, name), types.FunctionType):
                return self.suiteClass([inst])
        elif isinstance(obj, TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, TestSuite):
                return test
            if isinstance(test, TestCase):
                return self.suiteClass([test])
            raise TypeError('calling %s returned %s, not a test' % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        """A suite of the suites of loadTestsFromName for each name."""
        return self.suiteClass([self.loadTestsFromName(name, module)
                                for name in names])

    def getTestCaseNames(self, testCaseClass):
        """Return a sorted sequence of method names found within testCaseClass"""
        def shouldIncludeMethod(attrname):
            if not attrname.startswith(self.testMethodPrefix):
                return False
            testFunc = getattr(testCaseClass, attrname)
            if not callable(testFunc):
                return False
            fullName = '%s.%s.%s' % (testCaseClass.__module__,
                                     testCaseClass.__qualname__, attrname)
            return (self.testNamePatterns is None
                    or any(_fnmatchcase(fullName, pattern)
                           for pattern in self.testNamePatterns))
        testFnNames = [name for name in dir(testCaseClass) if shouldIncludeMethod(name)]
        if self.sortTestMethodsUsing:
            testFnNames.sort(key=functools.cmp_to_key(self.sortTestMethodsUsing))
        return testFnNames

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        raise ImportError('test discovery needs a file system, '
                          'which Pyroclast does not offer')


defaultTestLoader = TestLoader()


# ================================================================ runner

class _WritelnDecorator(object):
    """A stream with a writeln method."""
    __module__ = 'unittest.runner'

    def __init__(self, stream):
        self.stream = stream

    def __getattr__(self, attr):
        if attr in ('stream', '__getstate__'):
            raise AttributeError(attr)
        return getattr(self.stream, attr)

    def write(self, arg):
        return self.stream.write(arg)

    def flush(self):
        flush = getattr(self.stream, 'flush', None)
        if flush is not None:
            flush()

    def writeln(self, arg=None):
        if arg:
            self.write(arg)
        self.write('\n')


class TextTestResult(TestResult):
    """A test result printing its progress and errors to a stream."""
    __module__ = 'unittest.runner'

    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        super(TextTestResult, self).__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions
        self._newline = True

    def getDescription(self, test):
        doc_first_line = test.shortDescription()
        if self.descriptions and doc_first_line:
            return '\n'.join((str(test), doc_first_line))
        return str(test)

    def startTest(self, test):
        super(TextTestResult, self).startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(' ... ')
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, status):
        is_subtest = isinstance(test, _SubTest)
        if is_subtest or self._newline:
            if not self._newline:
                self.stream.writeln()
            if is_subtest:
                self.stream.write('  ')
            self.stream.write(self.getDescription(test))
            self.stream.write(' ... ')
        self.stream.writeln(status)
        self.stream.flush()
        self._newline = True

    def addSubTest(self, test, subtest, err):
        if err is not None:
            if self.showAll:
                if issubclass(err[0], subtest.failureException):
                    self._write_status(subtest, 'FAIL')
                else:
                    self._write_status(subtest, 'ERROR')
            elif self.dots:
                if issubclass(err[0], subtest.failureException):
                    self.stream.write('F')
                else:
                    self.stream.write('E')
                self.stream.flush()
        super(TextTestResult, self).addSubTest(test, subtest, err)

    def addSuccess(self, test):
        super(TextTestResult, self).addSuccess(test)
        if self.showAll:
            self._write_status(test, 'ok')
        elif self.dots:
            self.stream.write('.')
            self.stream.flush()

    def addError(self, test, err):
        super(TextTestResult, self).addError(test, err)
        if self.showAll:
            self._write_status(test, 'ERROR')
        elif self.dots:
            self.stream.write('E')
            self.stream.flush()

    def addFailure(self, test, err):
        super(TextTestResult, self).addFailure(test, err)
        if self.showAll:
            self._write_status(test, 'FAIL')
        elif self.dots:
            self.stream.write('F')
            self.stream.flush()

    def addSkip(self, test, reason):
        super(TextTestResult, self).addSkip(test, reason)
        if self.showAll:
            self._write_status(test, 'skipped {0!r}'.format(reason))
        elif self.dots:
            self.stream.write('s')
            self.stream.flush()

    def addExpectedFailure(self, test, err):
        super(TextTestResult, self).addExpectedFailure(test, err)
        if self.showAll:
            self.stream.writeln('expected failure')
            self.stream.flush()
        elif self.dots:
            self.stream.write('x')
            self.stream.flush()

    def addUnexpectedSuccess(self, test):
        super(TextTestResult, self).addUnexpectedSuccess(test)
        if self.showAll:
            self.stream.writeln('unexpected success')
            self.stream.flush()
        elif self.dots:
            self.stream.write('u')
            self.stream.flush()

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.writeln()
            self.stream.flush()
        self.printErrorList('ERROR', self.errors)
        self.printErrorList('FAIL', self.failures)
        unexpectedSuccesses = getattr(self, 'unexpectedSuccesses', ())
        if unexpectedSuccesses:
            self.stream.writeln(self.separator1)
            for test in unexpectedSuccesses:
                self.stream.writeln('UNEXPECTED SUCCESS: %s' % self.getDescription(test))
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.writeln(self.separator1)
            self.stream.writeln('%s: %s' % (flavour, self.getDescription(test)))
            self.stream.writeln(self.separator2)
            self.stream.writeln('%s' % err)
            self.stream.flush()


class TextTestRunner(object):
    """Runs tests, printing progress, errors and a summary to a stream
    (sys.stderr by default)."""
    __module__ = 'unittest.runner'

    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1,
                 failfast=False, buffer=False, resultclass=None, warnings=None,
                 *, tb_locals=False):
        if stream is None:
            stream = sys.stderr
        self.stream = _WritelnDecorator(stream)
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def _run_tests(self, result, test):
        startTime = time.perf_counter()
        startTestRun = getattr(result, 'startTestRun', None)
        if startTestRun is not None:
            startTestRun()
        try:
            test(result)
        finally:
            stopTestRun = getattr(result, 'stopTestRun', None)
            if stopTestRun is not None:
                stopTestRun()
        return time.perf_counter() - startTime

    def run(self, test):
        "Run the given test case or test suite."
        result = self._makeResult()
        registerResult(result)
        result.failfast = self.failfast
        result.buffer = self.buffer
        result.tb_locals = self.tb_locals
        if _warnings is not None:
            with _warnings.catch_warnings():
                if self.warnings:
                    _warnings.simplefilter(self.warnings)
                timeTaken = self._run_tests(result, test)
        else:
            timeTaken = self._run_tests(result, test)
        result.printErrors()
        if hasattr(result, 'separator2'):
            self.stream.writeln(result.separator2)
        run = result.testsRun
        self.stream.writeln('Ran %d test%s in %.3fs'
                            % (run, run != 1 and 's' or '', timeTaken))
        self.stream.writeln()

        expectedFails = unexpectedSuccesses = skipped = 0
        try:
            counts = [len(result.expectedFailures), len(result.unexpectedSuccesses),
                      len(result.skipped)]
        except AttributeError:
            pass
        else:
            expectedFails, unexpectedSuccesses, skipped = counts

        infos = []
        if not result.wasSuccessful():
            self.stream.write('FAILED')
            failed, errored = len(result.failures), len(result.errors)
            if failed:
                infos.append('failures=%d' % failed)
            if errored:
                infos.append('errors=%d' % errored)
        else:
            self.stream.write('OK')
        if skipped:
            infos.append('skipped=%d' % skipped)
        if expectedFails:
            infos.append('expected failures=%d' % expectedFails)
        if unexpectedSuccesses:
            infos.append('unexpected successes=%d' % unexpectedSuccesses)
        if infos:
            self.stream.writeln(' (%s)' % (', '.join(infos),))
        else:
            self.stream.write('\n')
        self.stream.flush()
        return result


# ================================================================ signals
# One thread and no signals: Ctrl-C handling is a no-op.

def installHandler():
    pass


def registerResult(result):
    pass


def removeResult(result):
    return False


def removeHandler(method=None):
    if method is not None:
        return method


# ================================================================ main

_USAGE = """\
usage: %(prog)s [-h] [-v] [-q] [--locals] [-f] [-c] [-b] [-k TESTNAMEPATTERNS]
%(pad)s [tests ...]
"""

# What argparse prints for -h after the usage (80 columns).
_HELP = """
positional arguments:
  tests                a list of any number of test modules, classes and test
                       methods.

options:
  -h, --help           show this help message and exit
  -v, --verbose        Verbose output
  -q, --quiet          Quiet output
  --locals             Show local variables in tracebacks
  -f, --failfast       Stop on first fail or error
  -c, --catch          Catch Ctrl-C and display results so far
  -b, --buffer         Buffer stdout and stderr during tests
  -k TESTNAMEPATTERNS  Only run tests which match the given substring

Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""


class TestProgram(object):
    """Runs the tests of a module (by default __main__) as a command-line
    program: options -v, -q, -f, -c, -b, -k PATTERN, --locals and test
    names (Class or Class.test_method); exits with the result unless
    exit=False."""
    __module__ = 'unittest.main'

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = sys.modules.get(module)
            if self.module is None:
                parts = module.split('.')
                self.module = sys.modules[parts[0]]
                for part in parts[1:]:
                    self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        if warnings is None and not getattr(sys, 'warnoptions', None):
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        prog = argv[0] if argv else 'python -m unittest'
        self.progName = prog.replace('\\', '/').rsplit('/', 1)[-1]
        self.parseArgs(argv)
        self.runTests()

    def _usage_error(self, message):
        prog = self.progName
        sys.stderr.write(_USAGE % {'prog': prog, 'pad': ' ' * (len(prog) + 7)})
        sys.stderr.write('%s: error: %s\n' % (prog, message))
        sys.exit(2)

    def parseArgs(self, argv):
        tests = []
        patterns = []
        args = list(argv[1:])
        only_names = False
        while args:
            arg = args.pop(0)
            if only_names or not arg.startswith('-') or arg == '-':
                tests.append(arg)
            elif arg == '--':
                only_names = True
            elif arg in ('-v', '--verbose'):
                self.verbosity = 2
            elif arg in ('-q', '--quiet'):
                self.verbosity = 0
            elif arg == '--locals':
                self.tb_locals = True
            elif arg in ('-f', '--failfast'):
                self.failfast = True
            elif arg in ('-c', '--catch'):
                self.catchbreak = True
            elif arg in ('-b', '--buffer'):
                self.buffer = True
            elif arg.startswith('-k'):
                value = arg[2:]
                if not value:
                    if not args:
                        self._usage_error('argument -k: expected one argument')
                    value = args.pop(0)
                patterns.append(value if '*' in value else '*%s*' % value)
            elif arg in ('-h', '--help'):
                sys.stdout.write(_USAGE % {'prog': self.progName,
                                           'pad': ' ' * (len(self.progName) + 7)})
                sys.stdout.write(_HELP % {'prog': self.progName})
                sys.exit(0)
            else:
                self._usage_error('unrecognized arguments: %s' % arg)
        if self.failfast is None:
            self.failfast = False
        if self.catchbreak is None:
            self.catchbreak = False
        if self.buffer is None:
            self.buffer = False
        if self.testNamePatterns is None:
            self.testNamePatterns = patterns
        if tests:
            self.testNames = tests
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        if self.catchbreak:
            installHandler()
        if self.testRunner is None:
            self.testRunner = TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                try:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings,
                                                 tb_locals=self.tb_locals)
                except TypeError:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings)
            except TypeError:
                testRunner = self.testRunner()
        else:
            testRunner = self.testRunner
        self.result = testRunner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram


def getTestCaseNames(testCaseClass, prefix, sortUsing=three_way_cmp,
                     testNamePatterns=None):
    loader = TestLoader()
    loader.sortTestMethodsUsing = sortUsing
    loader.testMethodPrefix = prefix
    loader.testNamePatterns = testNamePatterns
    return loader.getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=three_way_cmp,
              suiteClass=TestSuite):
    loader = TestLoader()
    loader.sortTestMethodsUsing = sortUsing
    loader.testMethodPrefix = prefix
    loader.suiteClass = suiteClass
    return loader.loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=three_way_cmp,
                  suiteClass=TestSuite):
    loader = TestLoader()
    loader.sortTestMethodsUsing = sortUsing
    loader.testMethodPrefix = prefix
    loader.suiteClass = suiteClass
    return loader.loadTestsFromModule(module)
