# doctest: runs the interactive examples in docstrings and text files and
# reports them in CPython 3.11's format. A much smaller implementation than
# CPython's:
#
# - examples are parsed line by line (no regular expressions);
# - each example runs as exec(compile(source, '<doctest name[n]>',
#   'single'), globs), so expression statements echo as in the REPL;
# - the option flags are ELLIPSIS, NORMALIZE_WHITESPACE,
#   IGNORE_EXCEPTION_DETAIL, SKIP, DONT_ACCEPT_TRUE_FOR_1,
#   DONT_ACCEPT_BLANKLINE and REPORT_ONLY_FIRST_FAILURE (the diff
#   reporting flags are accepted and ignored: failures list Expected/Got);
# - line numbers come from the source file (linecache) and the functions'
#   __code__.co_firstlineno; no debugger support, no DocFileSuite.

import sys
import inspect
import linecache
import traceback
import collections

__all__ = ['register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1',
           'DONT_ACCEPT_BLANKLINE', 'NORMALIZE_WHITESPACE', 'ELLIPSIS',
           'SKIP', 'IGNORE_EXCEPTION_DETAIL', 'COMPARISON_FLAGS',
           'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
           'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST',
           'Example', 'DocTest', 'DocTestParser', 'DocTestFinder',
           'DocTestRunner', 'OutputChecker', 'DocTestFailure',
           'UnexpectedException', 'testmod', 'testfile',
           'run_docstring_examples', 'DocTestSuite', 'TestResults']

TestResults = collections.namedtuple('TestResults', 'failed attempted')

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')
COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE |
                    NORMALIZE_WHITESPACE | ELLIPSIS | SKIP |
                    IGNORE_EXCEPTION_DETAIL)
REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')
REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF |
                   REPORT_ONLY_FIRST_FAILURE | FAIL_FAST)

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'


def _indent(s, indent=4):
    """Adds `indent` spaces to each non-blank line of `s`."""
    return ''.join(' ' * indent + line if line.strip() else line
                   for line in s.splitlines(True))


def _exception_traceback(exc_info):
    return ''.join(traceback.format_exception(*exc_info))


def _ellipsis_match(want, got):
    if ELLIPSIS_MARKER not in want:
        return want == got
    ws = want.split(ELLIPSIS_MARKER)
    startpos, endpos = 0, len(got)
    w = ws[0]
    if w:
        if got.startswith(w):
            startpos = len(w)
            del ws[0]
        else:
            return False
    w = ws[-1]
    if w:
        if got.endswith(w):
            endpos -= len(w)
            del ws[-1]
        else:
            return False
    if startpos > endpos:
        return False
    for w in ws:
        startpos = got.find(w, startpos, endpos)
        if startpos < 0:
            return False
        startpos += len(w)
    return True


def _strip_exception_details(msg):
    start, end = 0, len(msg)
    i = msg.find('\n')
    if i >= 0:
        end = i
    i = msg.find(':', 0, end)
    if i >= 0:
        end = i
    i = msg.rfind('.', 0, end)
    if i >= 0:
        start = i + 1
    return msg[start:end]


def _blank_lines_to_empty(text, marker):
    """Lines of `text` that are `marker` (plus trailing whitespace) become
    empty; with marker None, whitespace-only lines do."""
    out = []
    for line in text.splitlines(True):
        body = line[:-1] if line.endswith('\n') else line
        end = line[len(body):]
        if marker is None:
            if body and not body.strip():
                body = ''
        elif body.startswith(marker) and not body[len(marker):].strip():
            body = ''
        out.append(body + end)
    return ''.join(out)


class Example:
    """One interactive example: its source, expected output, expected
    exception message (or None), line offset, indent and options."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0,
                 options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = exc_msg

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.source == other.source and self.want == other.want
                and self.lineno == other.lineno
                and self.indent == other.indent
                and self.options == other.options
                and self.exc_msg == other.exc_msg)

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent,
                     self.exc_msg))


class DocTest:
    """The examples of one docstring, with the globals they run in."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        if len(self.examples) == 0:
            examples = 'no examples'
        elif len(self.examples) == 1:
            examples = '1 example'
        else:
            examples = '%d examples' % len(self.examples)
        return ('<%s %s from %s:%s (%s)>' %
                (self.__class__.__name__, self.name, self.filename,
                 self.lineno, examples))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        return ((self.name, self.filename, self.lineno or -1, id(self)) <
                (other.name, other.filename, other.lineno or -1, id(other)))


def _leading_spaces(line):
    return len(line) - len(line.lstrip(' '))


class DocTestParser:
    """Splits a docstring into text and Examples."""

    def parse(self, string, name='<string>'):
        string = string.expandtabs()
        lines = string.split('\n')
        # Strip the common indentation of the non-blank lines.
        indents = [_leading_spaces(l) for l in lines if l.strip()]
        min_indent = min(indents) if indents else 0
        if min_indent > 0:
            lines = [l[min_indent:] for l in lines]
        output = []
        text = []
        i = 0
        n = len(lines)
        while i < n:
            line = lines[i]
            stripped = line.lstrip(' ')
            if not stripped.startswith('>>>'):
                text.append(line)
                i += 1
                continue
            indent = _leading_spaces(line)
            lineno = i
            source_lines = [line]
            i += 1
            while i < n and lines[i].lstrip(' ').startswith('...'):
                source_lines.append(lines[i])
                i += 1
            want_lines = []
            while i < n and lines[i].strip() and \
                    not lines[i].lstrip(' ').startswith('>>>'):
                want_lines.append(lines[i])
                i += 1
            if text:
                output.append('\n'.join(text) + '\n')
                text = []
            self._check_prompt_blank(source_lines, indent, name, lineno)
            # CPython passes the prompt's own line number here too.
            self._check_prefix(source_lines[1:], ' ' * indent + '.', name,
                               lineno)
            source = '\n'.join(sl[indent + 4:] for sl in source_lines)
            self._check_prefix(want_lines, ' ' * indent, name,
                               lineno + len(source_lines))
            want = '\n'.join(wl[indent:] for wl in want_lines)
            if want_lines:
                want += '\n'
            exc_msg = self._exception_message(want)
            options = self._find_options(source, name, lineno)
            if not self._is_blank_or_comment(source):
                output.append(Example(source, want, exc_msg, lineno=lineno,
                                      indent=indent + min_indent,
                                      options=options))
        output.append('\n'.join(text))
        return output

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name,
                       filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        return [x for x in self.parse(string, name)
                if isinstance(x, Example)]

    @staticmethod
    def _is_blank_or_comment(source):
        for line in source.split('\n'):
            body = line.strip(' ')
            if body and not body.startswith('#'):
                return False
        return True

    def _exception_message(self, want):
        lines = want.split('\n')
        if not lines or lines[0].rstrip() not in (
                'Traceback (most recent call last):',
                'Traceback (innermost last):'):
            return None
        for k in range(1, len(lines)):
            line = lines[k]
            if line and (line[0].isalnum() or line[0] == '_'):
                return '\n'.join(lines[k:])
        return None

    def _find_options(self, source, name, lineno):
        options = {}
        for line in source.split('\n'):
            at = line.find('#')
            while at >= 0:
                rest = line[at + 1:].lstrip()
                if rest.startswith('doctest:'):
                    body = rest[len('doctest:'):]
                    if "'" in body or '"' in body:
                        break
                    for option in body.replace(',', ' ').split():
                        if (option[0] not in '+-' or
                                option[1:] not in OPTIONFLAGS_BY_NAME):
                            raise ValueError(
                                'line %r of the doctest for %s has an '
                                'invalid option: %r' %
                                (lineno + 1, name, option))
                        flag = OPTIONFLAGS_BY_NAME[option[1:]]
                        options[flag] = (option[0] == '+')
                    break
                at = line.find('#', at + 1)
        if options and self._is_blank_or_comment(source):
            raise ValueError('line %r of the doctest for %s has an option '
                             'directive on a line with no example: %r' %
                             (lineno, name, source))
        return options

    def _check_prompt_blank(self, lines, indent, name, lineno):
        for i, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s '
                                 'lacks blank after %s: %r' %
                                 (lineno + i + 1, name,
                                  line[indent:indent + 3], line))

    def _check_prefix(self, lines, prefix, name, lineno):
        for i, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError('line %r of the docstring for %s has '
                                 'inconsistent leading whitespace: %r' %
                                 (lineno + i + 1, name, line))


def _getmodule(obj):
    if inspect.ismodule(obj):
        return obj
    return sys.modules.get(getattr(obj, '__module__', None))


class DocTestFinder:
    """Finds the docstrings with examples in a module, class or function
    (and, recursively, the functions and classes defined in it)."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True,
                 exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given "
                                 "when obj.__name__ doesn't exist: %r" %
                                 (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = _getmodule(obj)
        source_lines = None
        filename = None
        if module is not None:
            filename = getattr(module, '__file__', None)
            if filename:
                source_lines = linecache.getlines(filename)
                if not source_lines:
                    source_lines = None
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if '__name__' not in globs:
            globs['__name__'] = '__main__'
        if self._verbose:
            print('Finding tests in %s' % name)
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {},
                   filename)
        tests.sort()
        return tests

    def _from_module(self, module, obj):
        if module is None:
            return True
        if inspect.isfunction(obj) or isinstance(obj, type):
            return getattr(obj, '__module__', None) == module.__name__
        return True

    def _find(self, tests, obj, name, module, source_lines, globs, seen,
              filename):
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        test = self._get_test(obj, name, module, globs, source_lines,
                              filename)
        if test is not None:
            tests.append(test)
        if not self._recurse:
            return
        if inspect.ismodule(obj):
            for valname, val in list(obj.__dict__.items()):
                valname = '%s.%s' % (name, valname)
                if ((inspect.isfunction(val) or isinstance(val, type))
                        and self._from_module(module, val)):
                    self._find(tests, val, valname, module, source_lines,
                               globs, seen, filename)
            for valname, val in getattr(obj, '__test__', {}).items():
                valname = '%s.__test__.%s' % (name, valname)
                self._find(tests, val, valname, module, source_lines,
                           globs, seen, filename)
        if isinstance(obj, type):
            for valname, val in list(obj.__dict__.items()):
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if ((inspect.isfunction(val) or isinstance(val, type)
                        or isinstance(val, property))
                        and self._from_module(module, val)):
                    valname = '%s.%s' % (name, valname)
                    self._find(tests, val, valname, module, source_lines,
                               globs, seen, filename)

    def _get_test(self, obj, name, module, globs, source_lines, filename):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__
                if docstring is None:
                    docstring = ''
                elif not isinstance(docstring, str):
                    docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
        if self._exclude_empty and not docstring:
            return None
        lineno = self._find_lineno(obj, source_lines)
        return self._parser.get_doctest(docstring, globs, name, filename,
                                        lineno)

    def _find_lineno(self, obj, source_lines):
        """The 0-based line of the docstring's start in the source."""
        lineno = None
        if inspect.ismodule(obj):
            lineno = 0
        if isinstance(obj, type) and source_lines is not None:
            target = getattr(obj, '__name__', '')
            for i, line in enumerate(source_lines):
                body = line.lstrip()
                if body.startswith('class'):
                    rest = body[5:].lstrip()
                    if rest.startswith(target) and (
                            len(rest) == len(target)
                            or not (rest[len(target)].isalnum()
                                    or rest[len(target)] == '_')):
                        lineno = i
                        break
        if isinstance(obj, property):
            obj = obj.fget
        if inspect.isfunction(obj) and getattr(obj, '__doc__', None):
            obj = obj.__code__
        if hasattr(obj, 'co_firstlineno'):
            lineno = obj.co_firstlineno - 1
        if lineno is not None:
            if source_lines is None:
                return lineno + 1
            for i in range(lineno, len(source_lines)):
                if self._starts_string(source_lines[i]):
                    return i
        return None

    @staticmethod
    def _starts_string(line):
        # CPython's pattern: (^|.*:)\s*\w*("|')
        candidates = [line]
        at = line.find(':')
        while at >= 0:
            candidates.append(line[at + 1:])
            at = line.find(':', at + 1)
        for text in candidates:
            text = text.lstrip()
            k = 0
            while k < len(text) and (text[k].isalnum() or text[k] == '_'):
                k += 1
            if k < len(text) and text[k] in '"\'':
                return True
        return False


class OutputChecker:
    """Compares an example's expected and actual output."""

    def check_output(self, want, got, optionflags):
        if got == want:
            return True
        if not (optionflags & DONT_ACCEPT_TRUE_FOR_1):
            if (got, want) == ('True\n', '1\n'):
                return True
            if (got, want) == ('False\n', '0\n'):
                return True
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            want = _blank_lines_to_empty(want, BLANKLINE_MARKER)
            got = _blank_lines_to_empty(got, None)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            lines = got.split('\n')
            for k in range(len(lines) - 1):
                if not lines[k].strip(' '):
                    lines[k] = BLANKLINE_MARKER
            got = '\n'.join(lines)
        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_indent(want), _indent(got))
        elif want:
            return 'Expected:\n%sGot nothing\n' % _indent(want)
        elif got:
            return 'Expected nothing\nGot:\n%s' % _indent(got)
        return 'Expected nothing\nGot nothing\n'


class DocTestFailure(Exception):
    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class _SpoofOut:
    """Collects what examples print."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass

    def getvalue(self):
        return ''.join(self.parts)

    def truncate(self, size=None):
        self.parts = []


class DocTestRunner:
    """Runs DocTests and keeps their counts; reports to `out` (default:
    sys.stdout)."""

    DIVIDER = '*' * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = '-v' in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = _SpoofOut()

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out('Trying:\n' + _indent(example.source) +
                    'Expecting:\n' + _indent(example.want))
            else:
                out('Trying:\n' + _indent(example.source) +
                    'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        if self._verbose:
            out('ok\n')

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example) +
            self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) +
            'Exception raised:\n' + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        out = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = '?'
            out.append('File "%s", line %s, in %s' %
                       (test.filename, lineno, test.name))
        else:
            out.append('Line %s, in %s' % (example.lineno + 1, test.name))
        out.append('Failed example:')
        out.append(_indent(example.source))
        return '\n'.join(out)

    def _run(self, test, compileflags, out):
        failures = tries = 0
        original_optionflags = self.optionflags
        SUCCESS, FAILURE, BOOM = range(3)
        check = self._checker.check_output
        for examplenum, example in enumerate(test.examples):
            quiet = (self.optionflags & REPORT_ONLY_FIRST_FAILURE and
                     failures > 0)
            self.optionflags = original_optionflags
            if example.options:
                for (optionflag, val) in example.options.items():
                    if val:
                        self.optionflags |= optionflag
                    else:
                        self.optionflags &= ~optionflag
            if self.optionflags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            filename = '<doctest %s[%d]>' % (test.name, examplenum)
            saved = sys.stdout
            self._fakeout.truncate(0)
            sys.stdout = self._fakeout
            try:
                exec(compile(example.source, filename, 'single'), test.globs)
                exception = None
            except KeyboardInterrupt:
                raise
            except BaseException:
                exception = sys.exc_info()
            finally:
                sys.stdout = saved
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            outcome = FAILURE
            if exception is None:
                if check(example.want, got, self.optionflags):
                    outcome = SUCCESS
            else:
                formatted = traceback.format_exception_only(*exception[:2])
                exc_msg = ''.join(formatted)
                if not quiet:
                    got += _exception_traceback(exception)
                if example.exc_msg is None:
                    outcome = BOOM
                elif check(example.exc_msg, exc_msg, self.optionflags):
                    outcome = SUCCESS
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    if check(_strip_exception_details(example.exc_msg),
                             _strip_exception_details(exc_msg),
                             self.optionflags):
                        outcome = SUCCESS
            if outcome is SUCCESS:
                if not quiet:
                    self.report_success(out, test, example, got)
            elif outcome is FAILURE:
                if not quiet:
                    self.report_failure(out, test, example, got)
                failures += 1
            else:
                if not quiet:
                    self.report_unexpected_exception(out, test, example,
                                                     exception)
                failures += 1
            if failures and self.optionflags & FAIL_FAST:
                break
        self.optionflags = original_optionflags
        self._record_outcome(test, failures, tries)
        return TestResults(failures, tries)

    def _record_outcome(self, test, f, t):
        f2, t2 = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (f + f2, t + t2)
        self.failures += f
        self.tries += t

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        self.test = test
        if out is None:
            stream = sys.stdout

            def out(text):
                stream.write(text)
        try:
            return self._run(test, compileflags, out)
        finally:
            if clear_globs:
                test.globs.clear()

    def summarize(self, verbose=None):
        if verbose is None:
            verbose = self._verbose
        notests = []
        passed = []
        failed = []
        totalt = totalf = 0
        for name, (f, t) in self._name2ft.items():
            totalt += t
            totalf += f
            if t == 0:
                notests.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, (f, t)))
        if verbose:
            if notests:
                print(len(notests), 'items had no tests:')
                notests.sort()
                for thing in notests:
                    print('   ', thing)
            if passed:
                print(len(passed), 'items passed all tests:')
                passed.sort()
                for thing, count in passed:
                    print(' %3d tests in %s' % (count, thing))
        if failed:
            print(self.DIVIDER)
            print(len(failed), 'items had failures:')
            failed.sort()
            for thing, (f, t) in failed:
                print(' %3d of %3d in %s' % (f, t, thing))
        if verbose:
            print(totalt, 'tests in', len(self._name2ft), 'items.')
            print(totalt - totalf, 'passed and', totalf, 'failed.')
        if totalf:
            print('***Test Failed***', totalf, 'failures.')
        elif verbose:
            print('Test passed.')
        return TestResults(totalf, totalt)

    def merge(self, other):
        for name, (f, t) in other._name2ft.items():
            if name in self._name2ft:
                f2, t2 = self._name2ft[name]
                f = f + f2
                t = t + t2
            self._name2ft[name] = (f, t)


class DebugRunner(DocTestRunner):
    """Raises the first failure (DocTestFailure or UnexpectedException)."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        r = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return r

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


master = None


def testmod(m=None, name=None, globs=None, verbose=None, report=True,
            optionflags=0, extraglobs=None, raise_on_error=False,
            exclude_empty=False):
    """Tests the examples in the docstrings of module `m` (default
    __main__) and of the functions and classes defined in it."""
    global master
    if m is None:
        m = sys.modules.get('__main__')
    if not inspect.ismodule(m):
        raise TypeError('testmod: module required; %r' % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def _caller_dir():
    frame = sys._getframe(2)
    path = frame.f_globals.get('__file__') or ''
    cut = max(path.rfind('/'), path.rfind('\\'))
    return path[:cut + 1] if cut >= 0 else ''


def testfile(filename, module_relative=True, name=None, package=None,
             globs=None, verbose=None, report=True, optionflags=0,
             extraglobs=None, raise_on_error=False, parser=DocTestParser(),
             encoding=None):
    """Tests the examples in a text file (relative to the calling module's
    directory unless module_relative is False)."""
    global master
    if package and not module_relative:
        raise ValueError('Package may only be specified for module-'
                         'relative paths.')
    if module_relative:
        if filename.startswith('/'):
            raise ValueError('Module-relative files may not have absolute '
                             'paths')
        path = _caller_dir() + filename
    else:
        path = filename
    with open(path, encoding=encoding or 'utf-8') as f:
        text = f.read()
    if name is None:
        name = filename.replace('\\', '/').split('/')[-1]
    if globs is None:
        globs = {}
    else:
        globs = globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    if '__name__' not in globs:
        globs['__name__'] = '__main__'
    if raise_on_error:
        runner = DebugRunner(verbose=verbose, optionflags=optionflags)
    else:
        runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    test = parser.get_doctest(text, globs, name, path, 0)
    runner.run(test)
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name='NoName',
                           compileflags=None, optionflags=0):
    """Tests the examples in `f`'s docstring (no recursion, no summary)."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


def _unittest():
    import unittest
    return unittest


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None,
                 **options):
    """A unittest.TestSuite with one test case per docstring that has
    examples."""
    unittest = _unittest()

    class DocTestCase(unittest.TestCase):
        def __init__(self, test, optionflags=0):
            unittest.TestCase.__init__(self)
            self._dt_optionflags = optionflags
            self._dt_test = test

        def runTest(self):
            test = self._dt_test
            collected = []
            runner = DocTestRunner(optionflags=self._dt_optionflags,
                                   verbose=False)
            failures, tries = runner.run(test, out=collected.append,
                                         clear_globs=False)
            if failures:
                raise self.failureException(self.format_failure(
                    ''.join(collected)))

        def format_failure(self, err):
            test = self._dt_test
            lineno = 'unknown line number' if test.lineno is None \
                else '%s' % test.lineno
            lname = '.'.join(test.name.split('.')[-1:])
            return ('Failed doctest test for %s\n  File "%s", line %s, '
                    'in %s\n\n%s' % (test.name, test.filename, lineno,
                                     lname, err))

        def id(self):
            return self._dt_test.name

        def __repr__(self):
            name = self._dt_test.name.split('.')
            return '%s (%s)' % (name[-1], '.'.join(name[:-1]))

        __str__ = __repr__

        def shortDescription(self):
            return 'Doctest: ' + self._dt_test.name

    if test_finder is None:
        test_finder = DocTestFinder()
    if module is None:
        module = sys.modules.get('__main__')
    elif isinstance(module, str):
        module = __import__(module)
    tests = test_finder.find(module, globs=globs, extraglobs=extraglobs)
    suite = unittest.TestSuite()
    for test in sorted(tests):
        if len(test.examples) == 0:
            continue
        if not test.filename:
            test.filename = getattr(module, '__file__', None)
        suite.addTest(DocTestCase(test, **options))
    return suite
