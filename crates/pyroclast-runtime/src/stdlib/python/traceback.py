"""Extract, format and print tracebacks, as CPython's traceback module
(without the caret lines that point into source expressions). The entries
come from the exception's traceback objects and the running frames; their
source lines from the interpreter, which keeps the sources it ran."""

import linecache
import sys

__all__ = ["extract_stack", "extract_tb", "format_exception",
           "format_exception_only", "format_list", "format_stack",
           "format_tb", "print_exc", "format_exc", "print_exception",
           "print_last", "print_stack", "print_tb", "clear_frames",
           "FrameSummary", "StackSummary", "TracebackException",
           "walk_stack", "walk_tb"]

_sentinel = object()


class FrameSummary:
    """One frame of a traceback: file, line number, function name, line."""

    __slots__ = ("filename", "lineno", "end_lineno", "colno", "end_colno",
                 "name", "_line", "locals")

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None,
                 end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.locals = locals
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __len__(self):
        return 4

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)


def walk_tb(tb):
    """Yields (frame, lineno) for each entry of a traceback."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def walk_stack(f):
    """Yields (frame, lineno) from frame f outward (by default from the
    frame four calls up, as CPython's own layering of this module gives)."""
    if f is None:
        f = sys._getframe()
        for _ in range(4):
            f = f.f_back if f is not None else None
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def _tb_entries(tb, limit):
    entries = []
    while tb is not None:
        code = tb.tb_frame.f_code
        entries.append(FrameSummary(code.co_filename, tb.tb_lineno, code.co_name,
                                    line=_source_line(tb)))
        tb = tb.tb_next
    if limit is None:
        limit = getattr(sys, "tracebacklimit", None)
    if limit is not None:
        if limit >= 0:
            entries = entries[:limit]
        else:
            entries = entries[limit:]
    return entries


class StackSummary(list):
    """A list of FrameSummary objects that can format itself."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        if limit is None:
            limit = getattr(sys, "tracebacklimit", None)
            if limit is not None and limit < 0:
                limit = 0
        frames = list(frame_gen)
        if limit is not None:
            frames = frames[:limit] if limit >= 0 else frames[limit:]
        result = klass()
        for f, lineno in frames:
            code = f.f_code
            result.append(FrameSummary(code.co_filename, lineno, code.co_name,
                                       lookup_line=False))
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append("    {}\n".format(frame_summary.line.strip()))
        return "".join(row)

    def format(self):
        result = []
        last_file = last_line = last_name = None
        count = 0
        for frame_summary in self:
            same = (last_file == frame_summary.filename
                    and last_line == frame_summary.lineno
                    and last_name == frame_summary.name)
            if not same:
                if count > 3:
                    count -= 3
                    result.append(
                        f"  [Previous line repeated {count} more "
                        f"time{'s' if count > 1 else ''}]\n")
                last_file = frame_summary.filename
                last_line = frame_summary.lineno
                last_name = frame_summary.name
                count = 0
            count += 1
            if count > 3:
                continue
            result.append(self.format_frame_summary(frame_summary))
        if count > 3:
            count -= 3
            result.append(
                f"  [Previous line repeated {count} more "
                f"time{'s' if count > 1 else ''}]\n")
        return result


def extract_tb(tb, limit=None):
    return StackSummary.from_list(_tb_entries(tb, limit))


def extract_stack(f=None, limit=None):
    """The stack from frame f (by default the caller's) outward, oldest
    first."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def print_list(extracted_list, file=None):
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def clear_frames(tb):
    pass


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f"Exception expected for value, "
                            f"{type(exc).__name__} found")
        return None, None
    return value, tb


def _is_group(exc):
    return isinstance(exc, BaseExceptionGroup)


def _only(exc):
    if exc is None:
        return ["NoneType: None\n"]
    lines = [line + "\n" for line in _final_line(exc).split("\n")]
    for note in getattr(exc, "__notes__", None) or ():
        lines.append(f"{note}\n")
    return lines


def _format_chain(exc, tb, limit, chain, seen):
    # A loop, not recursion: a chain may be longer than the recursion limit.
    links = [(exc, tb, None)]
    seen.add(id(exc))
    while chain:
        cause = exc.__cause__
        context = exc.__context__
        if cause is not None and id(cause) not in seen:
            exc, joint = cause, ("\nThe above exception was the direct cause "
                                 "of the following exception:\n\n")
        elif (cause is None and context is not None and not exc.__suppress_context__
              and id(context) not in seen):
            exc, joint = context, ("\nDuring handling of the above exception, "
                                   "another exception occurred:\n\n")
        else:
            break
        seen.add(id(exc))
        links.append((exc, exc.__traceback__, joint))
    out = []
    for exc, tb, joint in reversed(links):
        if tb is not None:
            out.append("Traceback (most recent call last):\n")
            out += format_tb(tb, limit)
        out += _only(exc)
        if joint is not None:
            out.append(joint)
    return out


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    if value is None:
        return ["NoneType: None\n"]
    if _is_group(value) or (limit is None and chain and tb is value.__traceback__
                            and _has_group(value)):
        # Exception groups: the interpreter's boxed layout.
        return [_render(value)]
    return _format_chain(value, tb, limit, chain, set())


def _has_group(exc):
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if _is_group(exc):
            return True
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    return False


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    return _only(value)


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit=limit, chain=chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)


class TracebackException:
    """An exception ready to be formatted, without keeping it alive."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        self._exc = exc_value
        self.exc_type = exc_type
        self._str = str(exc_value) if exc_value is not None else ""
        self.stack = extract_tb(exc_traceback, limit=limit)
        self.__notes__ = getattr(exc_value, "__notes__", None)
        self._limit = limit
        self.__cause__ = self.__context__ = None
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        if _seen is None:
            # The chain is built in a loop, as CPython does: it may be
            # longer than the recursion limit, and may loop.
            _seen = {id(exc_value)}
            te, exc = self, exc_value
            while exc is not None:
                cause = getattr(exc, "__cause__", None)
                context = getattr(exc, "__context__", None)
                if cause is not None and id(cause) not in _seen:
                    nxt = cause
                elif cause is None and context is not None and id(context) not in _seen:
                    nxt = context
                else:
                    break
                _seen.add(id(nxt))
                link = TracebackException(type(nxt), nxt, nxt.__traceback__,
                                          limit=limit, _seen=_seen)
                if nxt is cause:
                    te.__cause__ = link
                else:
                    te.__context__ = link
                te, exc = link, nxt
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            self.lineno = exc_value.lineno
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        yield from _only(self._exc)

    def format(self, *, chain=True):
        yield from format_exception(self._exc, self._exc,
                                    self._exc.__traceback__ if self._exc is not None else None,
                                    limit=self._limit, chain=chain)

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
