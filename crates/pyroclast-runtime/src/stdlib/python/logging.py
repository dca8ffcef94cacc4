# logging: levels, loggers in a dotted hierarchy, handlers, filters and
# formatters, behaving and printing as CPython 3.11's logging does.
#
# Why one file of this size: it stands for CPython's logging package
# (`__init__`, handlers, config parts scripts use) as one module.
#
# What Pyroclast cannot give, and what is done instead:
# - no file system: there is no FileHandler;
# - one thread, no os: locks are no-ops, thread is 1, threadName
#   'MainThread', process 0 (when threading/os are missing);
# - time has no localtime/strftime: UTC and a small strftime stand in (used
#   only when the time module lacks them).

import sys
import time

__all__ = ['BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR',
           'FATAL', 'Filter', 'Formatter', 'Handler', 'INFO',
           'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET', 'NullHandler',
           'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig',
           'critical', 'debug', 'disable', 'error',
           'exception', 'fatal', 'getLevelName', 'getLogger', 'getLoggerClass',
           'info', 'log', 'makeLogRecord', 'setLoggerClass', 'shutdown',
           'warn', 'warning', 'getLogRecordFactory', 'setLogRecordFactory',
           'lastResort', 'raiseExceptions', 'getLevelNamesMapping']

_startTime = time.time()

# Switches CPython offers; records honour them.
raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True

# ---------------------------------------------------------------- levels

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

_levelToName = {
    CRITICAL: 'CRITICAL',
    ERROR: 'ERROR',
    WARNING: 'WARNING',
    INFO: 'INFO',
    DEBUG: 'DEBUG',
    NOTSET: 'NOTSET',
}
_nameToLevel = {
    'CRITICAL': CRITICAL,
    'FATAL': FATAL,
    'ERROR': ERROR,
    'WARN': WARNING,
    'WARNING': WARNING,
    'INFO': INFO,
    'DEBUG': DEBUG,
    'NOTSET': NOTSET,
}


def getLevelNamesMapping():
    return dict(_nameToLevel)


def getLevelName(level):
    """The name of a numeric level, the number of a level name, or
    'Level N' for anything unknown."""
    name = _levelToName.get(level)
    if name is not None:
        return name
    number = _nameToLevel.get(level)
    if number is not None:
        return number
    return "Level %s" % level


def addLevelName(level, levelName):
    _levelToName[level] = levelName
    _nameToLevel[levelName] = level


def _checkLevel(level):
    if isinstance(level, int):
        return level
    if isinstance(level, str):
        if level not in _nameToLevel:
            raise ValueError("Unknown level: %r" % level)
        return _nameToLevel[level]
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


# ---------------------------------------------------------------- locks

class _NoLock:
    """Stands in for threading.RLock: there is one thread, nothing to guard."""

    def acquire(self, blocking=True, timeout=-1):
        return True

    def release(self):
        pass

    def __enter__(self):
        return True

    def __exit__(self, *exc):
        return False


_lock = _NoLock()


def _acquireLock():
    pass


def _releaseLock():
    pass


# The caller's frame is what CPython looks up; Pyroclast has none to give.
def currentframe():
    return None


_srcfile = '<frozen logging>'

_UNKNOWN_CALLER = ('(unknown file)', 0, '(unknown function)', None)

# The main thread's identity, as threading would report it.
try:
    import threading as _threading
except ImportError:
    _threading = None
try:
    import os as _os
except ImportError:
    _os = None


def _thread_ident():
    if _threading is not None:
        return _threading.get_ident(), _threading.current_thread().name
    return 1, 'MainThread'


def _basename(path):
    return path[path.rfind('/') + 1:]


def _strip_ext(name):
    # os.path.splitext: a leading run of dots is part of the name.
    dot = name.rfind('.')
    if dot > 0 and name[:dot].strip('.'):
        return name[:dot]
    return name


def _is_mapping(obj):
    if isinstance(obj, dict):
        return True
    # Most arguments are plain values: skip the costlier ABC check.
    if isinstance(obj, (str, int, float, tuple, list)) or obj is None:
        return False
    import collections.abc
    return isinstance(obj, collections.abc.Mapping)


# ---------------------------------------------------------------- records

class LogRecord(object):
    """One logged event: who logged what, at which level, and when."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        now = time.time()
        self.name = name
        self.msg = msg
        # A lone non-empty mapping is the source of %(key)s substitutions.
        if args and len(args) == 1 and _is_mapping(args[0]) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        if isinstance(pathname, str):
            self.filename = _basename(pathname)
            self.module = _strip_ext(self.filename)
        else:
            self.filename = pathname
            self.module = "Unknown module"
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = now
        self.msecs = int((now - int(now)) * 1000) + 0.0
        self.relativeCreated = (now - _startTime) * 1000
        if logThreads:
            self.thread, self.threadName = _thread_ident()
        else:
            self.thread = None
            self.threadName = None
        self.processName = 'MainProcess' if logMultiprocessing else None
        if not logProcesses:
            self.process = None
        elif _os is not None and hasattr(_os, 'getpid'):
            self.process = _os.getpid()
        else:
            # No process id to be had; a number keeps %(process)d working.
            self.process = 0

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        text = str(self.msg)
        if self.args:
            text = text % self.args
        return text


_logRecordFactory = LogRecord


def setLogRecordFactory(factory):
    global _logRecordFactory
    _logRecordFactory = factory


def getLogRecordFactory():
    return _logRecordFactory


def makeLogRecord(dict):
    record = _logRecordFactory(None, None, '', 0, '', (), None, None)
    record.__dict__.update(dict)
    return record


# ---------------------------------------------------------------- time
# Used only when the time module has no localtime/strftime of its own.

_DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday',
              'Saturday', 'Sunday']
_MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July',
                'August', 'September', 'October', 'November', 'December']
_TM_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec',
              'tm_wday', 'tm_yday', 'tm_isdst')


class _StructTime(tuple):
    """A time.struct_time for UTC."""

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_zone = 'UTC'
    tm_gmtoff = 0

    def __repr__(self):
        parts = ', '.join('%s=%r' % (n, v) for n, v in zip(_TM_FIELDS, self))
        return 'time.struct_time(%s)' % parts


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_month(year, month):
    days = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334][month - 1]
    return days + (1 if month > 2 and _is_leap(year) else 0)


def _utc_struct(secs=None):
    """time.gmtime (the machine's local time is not known here)."""
    if secs is None:
        secs = time.time()
    secs = int(secs // 1)
    days, rest = divmod(secs, 86400)
    hour, rest = divmod(rest, 3600)
    minute, second = divmod(rest, 60)
    # Days since 1970-01-01 to a civil date (proleptic Gregorian).
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    mday = doy - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    year = yoe + era * 400 + (1 if month <= 2 else 0)
    wday = (days + 3) % 7
    yday = _days_before_month(year, month) + mday
    return _StructTime((year, month, mday, hour, minute, second, wday, yday, 0))


def _days_from_civil(year, month, mday):
    y = year - 1 if month <= 2 else year
    era = y // 400
    yoe = y - era * 400
    mp = month - 3 if month > 2 else month + 9
    doy = (153 * mp + 2) // 5 + mday - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _iso_week(year, yday, wday):
    def weeks(y):
        p = (y + y // 4 - y // 100 + y // 400) % 7
        q = (y - 1 + (y - 1) // 4 - (y - 1) // 100 + (y - 1) // 400) % 7
        return 53 if p == 4 or q == 3 else 52
    week = (yday - (wday + 1) + 10) // 7
    if week < 1:
        return year - 1, weeks(year - 1)
    if week > weeks(year):
        return year + 1, 1
    return year, week


def _strftime(fmt, t):
    """time.strftime in the C locale, for UTC struct times."""
    year, month, mday, hour, minute, second, wday, yday = tuple(t)[:8]
    zone = getattr(t, 'tm_zone', 'UTC')
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != '%' or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        # glibc's "-" flag: no padding.
        nopad = d == '-' and i + 2 < n
        if nopad:
            d = fmt[i + 2]
        hour12 = hour % 12 or 12
        if d == 'Y':
            s = str(year)
        elif d == 'C':
            s = '%02d' % (year // 100)
        elif d == 'y':
            s = '%02d' % (year % 100)
        elif d == 'm':
            s = '%02d' % month
        elif d == 'd':
            s = '%02d' % mday
        elif d == 'e':
            s = '%2d' % mday
        elif d == 'H':
            s = '%02d' % hour
        elif d == 'I':
            s = '%02d' % hour12
        elif d == 'M':
            s = '%02d' % minute
        elif d == 'S':
            s = '%02d' % second
        elif d == 'j':
            s = '%03d' % yday
        elif d == 'p':
            s = 'AM' if hour < 12 else 'PM'
        elif d == 'a':
            s = _DAY_NAMES[wday][:3]
        elif d == 'A':
            s = _DAY_NAMES[wday]
        elif d == 'b' or d == 'h':
            s = _MONTH_NAMES[month - 1][:3]
        elif d == 'B':
            s = _MONTH_NAMES[month - 1]
        elif d == 'c':
            s = _strftime('%a %b %e %H:%M:%S %Y', t)
        elif d == 'x' or d == 'D':
            s = _strftime('%m/%d/%y', t)
        elif d == 'X' or d == 'T':
            s = _strftime('%H:%M:%S', t)
        elif d == 'F':
            s = _strftime('%Y-%m-%d', t)
        elif d == 'R':
            s = _strftime('%H:%M', t)
        elif d == 'r':
            s = _strftime('%I:%M:%S %p', t)
        elif d == 'u':
            s = str(wday + 1)
        elif d == 'w':
            s = str((wday + 1) % 7)
        elif d == 'U':
            s = '%02d' % ((yday - 1 + 7 - (wday + 1) % 7) // 7)
        elif d == 'W':
            s = '%02d' % ((yday - 1 + 7 - wday) // 7)
        elif d == 'G':
            s = str(_iso_week(year, yday, wday)[0])
        elif d == 'g':
            s = '%02d' % (_iso_week(year, yday, wday)[0] % 100)
        elif d == 'V':
            s = '%02d' % _iso_week(year, yday, wday)[1]
        elif d == 's':
            s = str(_days_from_civil(year, month, mday) * 86400
                    + hour * 3600 + minute * 60 + second)
        elif d == 'z':
            s = '+0000'
        elif d == 'Z':
            s = zone
        elif d == 'n':
            s = '\n'
        elif d == 't':
            s = '\t'
        elif d == '%':
            s = '%'
        else:
            # glibc leaves an unknown directive as written.
            s = fmt[i:i + 3] if nopad else fmt[i:i + 2]
            nopad = False
        if nopad:
            s = s.lstrip('0 ') or '0'
            i += 3
        else:
            i += 2
        out.append(s)
    return ''.join(out)


# Records come many to the second: the last answer is kept.
_last_strftime = [None, None]


def _time_strftime(fmt, t):
    native = getattr(time, 'strftime', None)
    if native is not None:
        return native(fmt, t)
    key = (fmt, tuple(t), getattr(t, 'tm_zone', 'UTC'))
    if _last_strftime[0] != key:
        _last_strftime[0] = key
        _last_strftime[1] = _strftime(fmt, t)
    return _last_strftime[1]


# ---------------------------------------------------------------- exceptions

def _format_exception(ei):
    """The traceback module's text for exc_info `ei`, as CPython's
    Formatter.formatException prints it."""
    import traceback
    return ''.join(traceback.format_exception(ei[0], ei[1], ei[2]))


# ---------------------------------------------------------------- formatting

def _is_word(c):
    return c.isalnum() or c == '_'


def _is_ident(s):
    return s != '' and all(_is_word(c) for c in s)


def _percent_field_at(s, k):
    """Matches %(name)[flags][width][.precision]conversion from just after
    '%(' (the pattern CPython validates %-style formats with)."""
    n = len(s)
    start = k
    while k < n and _is_word(s[k]):
        k += 1
    if k == start or k >= n or s[k] != ')':
        return False
    k += 1
    while k < n and s[k] in '#0+ -':
        k += 1
    if k < n and s[k] == '*':
        k += 1
    else:
        while k < n and s[k].isdecimal():
            k += 1
    if k < n and s[k] == '.':
        if k + 1 < n and s[k + 1] == '*':
            k += 2
        elif k + 1 < n and s[k + 1].isdecimal():
            k += 1
            while k < n and s[k].isdecimal():
                k += 1
        else:
            return False
    return k < n and s[k].lower() in 'diouxefgcrsa%'


# string.Formatter().parse, as CPython's logging uses it.
from string import _parse_format as _parse_str_format


def _field_name_ok(name):
    """^(\\d+|\\w+)(\\.\\w+|\\[[^]]+\\])*$"""
    n = len(name)
    k = 0
    while k < n and _is_word(name[k]):
        k += 1
    if k == 0:
        return False
    while k < n:
        if name[k] == '.':
            start = k + 1
            k = start
            while k < n and _is_word(name[k]):
                k += 1
            if k == start:
                return False
        elif name[k] == '[':
            close = name.find(']', k + 1)
            if close <= k + 1:
                return False
            k = close + 1
        else:
            return False
    return True


def _spec_tail_ok(s, k):
    """[+ -]?#?0?(\\d+|{\\w+})?[,_]?(\\.(\\d+|{\\w+}))?[bcdefgnosx%]?$"""
    n = len(s)

    def number(k):
        if k < n and s[k] == '{':
            close = s.find('}', k + 1)
            if close > k + 1 and _is_ident(s[k + 1:close]):
                return close + 1
            return k
        while k < n and s[k].isdecimal():
            k += 1
        return k

    if k < n and s[k] in '+ -':
        k += 1
    if k < n and s[k] == '#':
        k += 1
    if k < n and s[k] == '0':
        k += 1
    k = number(k)
    if k < n and s[k] in ',_':
        k += 1
    if k < n and s[k] == '.':
        after = number(k + 1)
        if after > k + 1:
            k = after
    if k < n and s[k].lower() in 'bcdefgnosx%':
        k += 1
    return k == n


def _spec_ok(spec):
    aligns = '<>=^'
    if len(spec) >= 2 and spec[0] != '\n' and spec[1] in aligns and _spec_tail_ok(spec, 2):
        return True
    if spec[:1] != '' and spec[0] in aligns and _spec_tail_ok(spec, 1):
        return True
    return _spec_tail_ok(spec, 0)


def _is_template_ident_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_template_ident_char(c):
    return _is_template_ident_start(c) or ('0' <= c <= '9')


def _template_fields(s):
    """The names a string.Template uses; ValueError at a bare '$'."""
    fields = set()
    n = len(s)
    i = s.find('$')
    while i >= 0:
        j = i + 1
        if j < n and s[j] == '$':
            i = s.find('$', j + 1)
            continue
        braced = j < n and s[j] == '{'
        k = j + 1 if braced else j
        start = k
        if k < n and _is_template_ident_start(s[k]):
            k += 1
            while k < n and _is_template_ident_char(s[k]):
                k += 1
        ok = k > start and (not braced or (k < n and s[k] == '}'))
        if not ok:
            raise ValueError("invalid format: bare '$' not allowed")
        fields.add(s[start:k])
        i = s.find('$', k)
    return fields


class PercentStyle(object):
    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        fmt = self._fmt
        i = fmt.find('%(')
        while i >= 0:
            if _percent_field_at(fmt, i + 2):
                return
            i = fmt.find('%(', i + 1)
        raise ValueError("Invalid format '%s' for '%s' style"
                         % (fmt, self.default_format[0]))

    def _values(self, record):
        if self._defaults:
            # defaults | record.__dict__ (Pyroclast's instance dicts lack |).
            values = dict(self._defaults)
            values.update(record.__dict__)
            return values
        return record.__dict__

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError('Formatting field not found in record: %s' % e)


class StrFormatStyle(PercentStyle):
    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def validate(self):
        fields = set()
        try:
            for _, name, spec, conversion in _parse_str_format(self._fmt):
                if name:
                    if not _field_name_ok(name):
                        raise ValueError('invalid field name/expression: %r' % name)
                    fields.add(name)
                if conversion and conversion not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conversion)
                if spec and not _spec_ok(spec):
                    raise ValueError('bad specifier: %r' % spec)
        except ValueError as e:
            raise ValueError('invalid format: %s' % e)
        if not fields:
            raise ValueError('invalid format: no fields')


class StringTemplateStyle(PercentStyle):
    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from string import Template
        self._tpl = Template(self._fmt)

    def usesTime(self):
        fmt = self._fmt
        return fmt.find('$asctime') >= 0 or fmt.find(self.asctime_search) >= 0

    def validate(self):
        if not _template_fields(self._fmt):
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        return self._tpl.substitute(**self._values(record))


BASIC_FORMAT = '%(levelname)s:%(name)s:%(message)s'

_STYLES = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


class Formatter(object):
    """Turns a record into text: a format in one of three styles, times
    through converter and strftime, and exceptions appended."""

    if hasattr(time, 'localtime'):
        converter = time.localtime
    else:
        converter = staticmethod(_utc_struct)

    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *,
                 defaults=None):
        if style not in _STYLES:
            raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
        self._style = _STYLES[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        ct = self.converter(record.created)
        if datefmt:
            return _time_strftime(datefmt, ct)
        s = _time_strftime(self.default_time_format, ct)
        if self.default_msec_format:
            s = self.default_msec_format % (s, record.msecs)
        return s

    def formatException(self, ei):
        text = _format_exception(ei)
        if text[-1:] == '\n':
            text = text[:-1]
        return text

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        s = self.formatMessage(record)
        # The exception text is cached on the record for other handlers.
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            if s[-1:] != '\n':
                s += '\n'
            s += record.exc_text
        if record.stack_info:
            if s[-1:] != '\n':
                s += '\n'
            s += self.formatStack(record.stack_info)
        return s


_defaultFormatter = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records, with a header and a footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ''

    def formatFooter(self, records):
        return ''

    def format(self, records):
        if len(records) == 0:
            return ''
        parts = [self.formatHeader(records)]
        parts.extend(self.linefmt.format(r) for r in records)
        parts.append(self.formatFooter(records))
        return ''.join(parts)


# ---------------------------------------------------------------- filters

class Filter(object):
    """Passes records of the named logger and of the loggers below it."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0 or self.name == record.name:
            return True
        if not record.name.startswith(self.name):
            return False
        return record.name[self.nlen] == '.'


class Filterer(object):
    """Keeps a list of filters; a record passes when every one agrees.
    A filter is an object with filter(record) or a plain callable."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for f in self.filters:
            check = f.filter if hasattr(f, 'filter') else f
            if not check(record):
                return False
        return True


# ---------------------------------------------------------------- handlers

import weakref as _weakref

# Handlers by name, and every handler (weakly) so shutdown() can flush them.
_handlers = _weakref.WeakValueDictionary()
_handlerList = []


def _removeHandlerRef(ref):
    try:
        _handlerList.remove(ref)
    except ValueError:
        pass


def _addHandlerRef(handler):
    _handlerList.append(_weakref.ref(handler, _removeHandlerRef))


class Handler(Filterer):
    """Sends records somewhere; subclasses say where, in emit()."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _checkLevel(level)
        self.formatter = None
        self._closed = False
        _addHandlerRef(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        if self._name in _handlers:
            del _handlers[self._name]
        self._name = name
        if name:
            _handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        self.lock = _NoLock()

    def acquire(self):
        if self.lock:
            self.lock.acquire()

    def release(self):
        if self.lock:
            self.lock.release()

    def setLevel(self, level):
        self.level = _checkLevel(level)

    def format(self, record):
        formatter = self.formatter if self.formatter else _defaultFormatter
        return formatter.format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        passed = self.filter(record)
        if passed:
            self.acquire()
            try:
                self.emit(record)
            finally:
                self.release()
        return passed

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        self._closed = True
        if self._name and self._name in _handlers:
            del _handlers[self._name]

    def handleError(self, record):
        """Reports an exception raised while emitting, on stderr, and goes on."""
        if not (raiseExceptions and sys.stderr):
            return
        exc = sys.exception()
        try:
            err = sys.stderr
            err.write('--- Logging error ---\n')
            err.write(_format_exception((type(exc), exc, exc.__traceback__)))
            err.write('Call stack:\n')
            # No frames here: CPython's words for an unknown stack.
            err.write('Logged from file %s, line %s\n' % (record.filename, record.lineno))
            try:
                err.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
            except RecursionError:
                raise
            except Exception:
                err.write('Unable to print the message and arguments'
                          ' - possible formatting error.\nUse the'
                          ' traceback above to help find the error.\n')
        except OSError:
            pass

    def __repr__(self):
        return '<%s (%s)>' % (self.__class__.__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes formatted records to a stream (sys.stderr unless told)."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        if self.stream and hasattr(self.stream, 'flush'):
            self.stream.flush()

    def emit(self, record):
        try:
            text = self.format(record)
            self.stream.write(text + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        if stream is self.stream:
            return None
        old = self.stream
        self.flush()
        self.stream = stream
        return old

    def __repr__(self):
        name = str(getattr(self.stream, 'name', ''))
        if name:
            name += ' '
        return '<%s %s(%s)>' % (self.__class__.__name__, name, getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """The last resort: whatever sys.stderr is at the time of writing."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


_defaultLastResort = _StderrHandler(WARNING)
lastResort = _defaultLastResort


class NullHandler(Handler):
    """Swallows records; libraries add it so nothing reaches lastResort."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None


try:
    from types import GenericAlias as _GenericAlias
except ImportError:
    _GenericAlias = None
if _GenericAlias is not None:
    StreamHandler.__class_getitem__ = classmethod(_GenericAlias)


# ---------------------------------------------------------------- loggers

class PlaceHolder(object):
    """Stands for a logger not made yet that has loggers below it."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        if alogger not in self.loggerMap:
            self.loggerMap[alogger] = None


def setLoggerClass(klass):
    if klass != Logger and not issubclass(klass, Logger):
        raise TypeError('logger not derived from logging.Logger: ' + klass.__name__)
    global _loggerClass
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


class Manager(object):
    """Owns the loggers by name and links each to its nearest existing
    ancestor."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    @property
    def disable(self):
        return self._disable

    @disable.setter
    def disable(self, value):
        self._disable = _checkLevel(value)

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        existing = self.loggerDict.get(name)
        if existing is not None and not isinstance(existing, PlaceHolder):
            return existing
        logger = (self.loggerClass or _loggerClass)(name)
        logger.manager = self
        self.loggerDict[name] = logger
        if existing is not None:
            self._fixupChildren(existing, logger)
        self._fixupParents(logger)
        return logger

    def setLoggerClass(self, klass):
        if klass != Logger and not issubclass(klass, Logger):
            raise TypeError('logger not derived from logging.Logger: ' + klass.__name__)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _fixupParents(self, alogger):
        # Walk up the dotted name: the first real logger is the parent;
        # missing levels get placeholders that remember this logger.
        name = alogger.name
        parent = None
        i = name.rfind('.')
        while i > 0 and parent is None:
            prefix = name[:i]
            node = self.loggerDict.get(prefix)
            if node is None:
                self.loggerDict[prefix] = PlaceHolder(alogger)
            elif isinstance(node, Logger):
                parent = node
            else:
                node.append(alogger)
            i = name.rfind('.', 0, i - 1)
        alogger.parent = parent if parent is not None else self.root

    def _fixupChildren(self, ph, alogger):
        # Loggers that skipped over this name now hang from it, unless they
        # already hang from something below it.
        name = alogger.name
        for child in ph.loggerMap.keys():
            if child.parent.name[:len(name)] != name:
                alogger.parent = child.parent
                child.parent = alogger

    def _clear_cache(self):
        for logger in self.loggerDict.values():
            if isinstance(logger, Logger):
                logger._cache.clear()
        self.root._cache.clear()


class Logger(Filterer):
    """A named channel: checks levels and filters, makes records and
    passes them to its handlers and its ancestors'."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _checkLevel(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._cache = {}

    def setLevel(self, level):
        self.level = _checkLevel(level)
        self.manager._clear_cache()

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._log(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._log(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._log(WARNING, msg, args, **kwargs)

    # CPython also issues a DeprecationWarning here; there is no warnings
    # module to issue it with.
    def warn(self, msg, *args, **kwargs):
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._log(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._log(CRITICAL, msg, args, **kwargs)

    def fatal(self, msg, *args, **kwargs):
        self.critical(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not isinstance(level, int):
            if raiseExceptions:
                raise TypeError('level must be an integer')
            return
        if self.isEnabledFor(level):
            self._log(level, msg, args, **kwargs)

    def findCaller(self, stack_info=False, stacklevel=1):
        # The first frame outside this module, then `stacklevel - 1` more
        # (frames of this file are skipped, as CPython skips its own).
        f = sys._getframe(0)
        while stacklevel > 0:
            next_f = f.f_back
            if next_f is None:
                break
            f = next_f
            if f.f_code.co_filename != _srcfile:
                stacklevel -= 1
        co = f.f_code
        sinfo = None
        if stack_info:
            import io
            import traceback
            sio = io.StringIO()
            sio.write('Stack (most recent call last):\n')
            traceback.print_stack(f, file=sio)
            sinfo = sio.getvalue()
            if sinfo[-1] == '\n':
                sinfo = sinfo[:-1]
        return co.co_filename, f.f_lineno, co.co_name, sinfo

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        record = _logRecordFactory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        if extra is not None:
            for key in extra:
                if key in ('message', 'asctime') or key in record.__dict__:
                    raise KeyError('Attempt to overwrite %r in LogRecord' % key)
                record.__dict__[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None,
             stack_info=False, stacklevel=1):
        if _srcfile:
            try:
                fn, lno, func, sinfo = self.findCaller(stack_info, stacklevel)
            except ValueError:
                fn, lno, func, sinfo = _UNKNOWN_CALLER
        else:
            fn, lno, func, sinfo = _UNKNOWN_CALLER
        if exc_info:
            if isinstance(exc_info, BaseException):
                exc_info = (type(exc_info), exc_info, exc_info.__traceback__)
            elif not isinstance(exc_info, tuple):
                exc_info = sys.exc_info()
        record = self.makeRecord(self.name, level, fn, lno, msg, args,
                                 exc_info, func, extra, sinfo)
        self.handle(record)

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        if hdlr not in self.handlers:
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def hasHandlers(self):
        logger = self
        while logger:
            if logger.handlers:
                return True
            if not logger.propagate:
                return False
            logger = logger.parent
        return False

    def callHandlers(self, record):
        found = 0
        logger = self
        while logger:
            for handler in logger.handlers:
                found += 1
                if record.levelno >= handler.level:
                    handler.handle(record)
            logger = logger.parent if logger.propagate else None
        if found == 0:
            if lastResort:
                if record.levelno >= lastResort.level:
                    lastResort.handle(record)
            elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
                sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
                self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        logger = self
        while logger:
            if logger.level:
                return logger.level
            logger = logger.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        # Cached per level until a setLevel() or disable() anywhere.
        try:
            return self._cache[level]
        except KeyError:
            if self.manager.disable >= level:
                enabled = False
            else:
                enabled = level >= self.getEffectiveLevel()
            self._cache[level] = enabled
            return enabled

    def getChild(self, suffix):
        if self.root is not self:
            suffix = self.name + '.' + suffix
        return self.manager.getLogger(suffix)

    def __repr__(self):
        level = getLevelName(self.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, self.name, level)

    def __reduce__(self):
        return getLogger, (self.name,)


class RootLogger(Logger):
    """The logger at the top of the hierarchy, named 'root'."""

    def __init__(self, level):
        Logger.__init__(self, 'root', level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger


class LoggerAdapter(object):
    """A logger wrapper that adds contextual `extra` to every record."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs['extra'] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info,
                                extra=extra, stack_info=stack_info)

    @property
    def manager(self):
        return self.logger.manager

    @manager.setter
    def manager(self, value):
        self.logger.manager = value

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        level = getLevelName(self.logger.getEffectiveLevel())
        return '<%s %s (%s)>' % (self.__class__.__name__, self.logger.name, level)


if _GenericAlias is not None:
    LoggerAdapter.__class_getitem__ = classmethod(_GenericAlias)

root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(Logger.root)


# ---------------------------------------------------------------- module API

def basicConfig(**kwargs):
    """Gives the root logger a handler and formatter, once (or again with
    force=True)."""
    force = kwargs.pop('force', False)
    kwargs.pop('encoding', None)
    kwargs.pop('errors', None)
    if force:
        for h in root.handlers[:]:
            root.removeHandler(h)
            h.close()
    if len(root.handlers) != 0:
        return
    handlers = kwargs.pop('handlers', None)
    if handlers is None:
        if 'stream' in kwargs and 'filename' in kwargs:
            raise ValueError("'stream' and 'filename' should not be specified together")
    elif 'stream' in kwargs or 'filename' in kwargs:
        raise ValueError("'stream' or 'filename' should not be specified together with 'handlers'")
    if handlers is None:
        filename = kwargs.pop('filename', None)
        kwargs.pop('filemode', None)
        if filename:
            raise NotImplementedError('logging.basicConfig(filename=...): '
                                      'Pyroclast has no file access')
        handlers = [StreamHandler(kwargs.pop('stream', None))]
    datefmt = kwargs.pop('datefmt', None)
    style = kwargs.pop('style', '%')
    if style not in _STYLES:
        raise ValueError('Style must be one of: %s' % ','.join(_STYLES.keys()))
    fmt = Formatter(kwargs.pop('format', _STYLES[style][1]), datefmt, style)
    for h in handlers:
        if h.formatter is None:
            h.setFormatter(fmt)
        root.addHandler(h)
    level = kwargs.pop('level', None)
    if level is not None:
        root.setLevel(level)
    if kwargs:
        raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs.keys()))


def getLogger(name=None):
    if not name or (isinstance(name, str) and name == root.name):
        return root
    return Logger.manager.getLogger(name)


# The module-level functions configure the root logger on first use.

def critical(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.critical(msg, *args, **kwargs)


def fatal(msg, *args, **kwargs):
    critical(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    if len(root.handlers) == 0:
        basicConfig()
    root.log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Drops every record at `level` and below, whatever the loggers say."""
    root.manager.disable = level
    root.manager._clear_cache()


def shutdown(handlerList=_handlerList):
    """Flushes and closes every handler, newest first (run at exit)."""
    for ref in reversed(handlerList[:]):
        try:
            h = ref()
            if h:
                try:
                    h.acquire()
                    h.flush()
                    h.close()
                except (OSError, ValueError):
                    pass
                finally:
                    h.release()
        except:
            if raiseExceptions:
                raise


import atexit as _atexit
_atexit.register(shutdown)
