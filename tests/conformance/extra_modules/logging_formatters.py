# logging formatters: the three styles, format validation, defaults,
# times through a fixed converter, exceptions (never raised, so CPython
# prints no frames either), chains and groups, stack_info, terminators,
# LogRecord attributes and record factories.
import logging
import sys

record = logging.makeLogRecord({
    'name': 'fmt.test', 'levelno': logging.WARNING, 'levelname': 'WARNING',
    'msg': 'disk %s at %d%%', 'args': ('/var', 91), 'created': 1700000000.25,
    'msecs': 250.0,
})
for fmt, style in [
    ('%(levelname)-8s|%(name)s|%(message)s', '%'),
    ('%(levelno)03d %(name).3s %(message)r', '%'),
    ('{levelname:>9}|{name!r}|{message}', '{'),
    ('{levelno:#x} {name:^12} {message}', '{'),
    ('$levelname ${name}: $message $$', '$'),
]:
    print(style, logging.Formatter(fmt, style=style).format(record))
print(logging.Formatter().format(record))
print(logging.Formatter(style='{').format(record))
print(logging.Formatter(style='$').format(record))
print(repr(logging.BASIC_FORMAT), logging.Formatter()._fmt, logging.Formatter(style='$')._fmt)

for fmt, style in [
    ('plain text', '%'), ('%(name)', '%'), ('%(a).s', '%'), ('%(a)-5.2f', '%'),
    ('%(a)*d', '%'), ('{', '{'), ('}', '{'), ('{x', '{'), ('{x!z}', '{'),
    ('{x!}', '{'), ('{x!rr}', '{'), ('{x:zz}', '{'), ('{a.}', '{'), ('{a b}', '{'),
    ('text only', '{'), ('{0}', '{'), ('{x[key]}', '{'), ('{x:{width}}', '{'),
    ('{x:*^10,.2f}', '{'), ('{x!r:>4}', '{'), ('{}', '{'), ('{a{b}}', '{'),
    ('$', '$'), ('${x', '$'), ('$1', '$'), ('nothing', '$'), ('$$ only', '$'),
    ('${ok} $$', '$'),
]:
    try:
        logging.Formatter(fmt, style=style)
        print('valid  ', style, repr(fmt))
    except ValueError as e:
        print('invalid', style, repr(fmt), '->', e)
try:
    logging.Formatter('%(x)s', style='[')
except ValueError as e:
    print(e)
print(logging.Formatter('no fields', validate=False).format(record))
try:
    logging.Formatter('%(missing)s').format(record)
except ValueError as e:
    print(e)
try:
    logging.Formatter('{missing}', style='{').format(record)
except ValueError as e:
    print(e)
with_defaults = logging.Formatter('%(app)s %(message)s', defaults={'app': 'demo'})
print(with_defaults.format(record))
print(logging.Formatter('{app} {message}', style='{', defaults={'app': 'x'}).format(record))

# Times: a fixed converter makes asctime reproducible.
def fixed(secs):
    return (2024, 3, 9, 15, 4, 5, 5, 69, 0)


timed = logging.Formatter('%(asctime)s %(message)s')
timed.converter = fixed
print(timed.usesTime(), timed.format(record), record.asctime)
timed = logging.Formatter('%(asctime)s|%(message)s',
                          datefmt='%d/%m/%y %H:%M:%S %a %A %b %B %j %p %I %%')
timed.converter = fixed
print(timed.format(record))
timed.datefmt = '%c | %x | %X | %Y-%m-%dT%H:%M:%S'
print(timed.format(record))
timed = logging.Formatter('{asctime} {message}', style='{', datefmt='%H:%M')
timed.converter = fixed
print(timed.usesTime(), timed.format(record))
timed = logging.Formatter('$asctime $message', style='$')
timed.converter = fixed
timed.default_msec_format = '%s.%03d'
print(timed.usesTime(), timed.format(record))
timed.default_msec_format = None
print(timed.format(record))


class Clock(logging.Formatter):
    def formatTime(self, record, datefmt=None):
        return 'T+%d' % (record.created - 1700000000)


print(Clock('%(asctime)s %(message)s').format(record))
print(logging.Formatter('%(message)s').usesTime())

# Exceptions never raised: just the final lines, chains and groups.
fmt = logging.Formatter('%(levelname)s %(message)s')


def with_exc(exc):
    rec = logging.makeLogRecord({'levelname': 'ERROR', 'msg': 'failed',
                                 'exc_info': (type(exc), exc, None)})
    return fmt.format(rec)


print(with_exc(ValueError('bad value')))
print(with_exc(KeyError('key')))
print(with_exc(Exception()))
note = RuntimeError('with notes')
note.add_note('first note')
note.add_note('second\nnote')
print(with_exc(note))
group = ExceptionGroup('several', [ValueError(1), TypeError('t'),
                                   ExceptionGroup('nested', [OSError('o')])])
print(with_exc(group))
print(with_exc(ExceptionGroup('wide', [ValueError(i) for i in range(17)])))


class BadStr(Exception):
    def __str__(self):
        raise RuntimeError('no str')


print(with_exc(BadStr()))
rec = logging.makeLogRecord({'msg': 'cached', 'exc_info': (ValueError, ValueError('v'), None)})
print(fmt.format(rec))
print(repr(rec.exc_text))
rec.exc_info = None
print(fmt.format(rec))
print(logging.Formatter().format(logging.makeLogRecord({'msg': 'stack', 'stack_info': 'Stack line'})))
print(logging.Formatter().format(logging.makeLogRecord({'msg': 'ends\n', 'exc_text': 'EXC'})))


class Upper(logging.Formatter):
    def formatMessage(self, record):
        return super().formatMessage(record).upper()

    def formatException(self, ei):
        return '<%s>' % ei[0].__name__


print(Upper('%(name)s: %(message)s').format(logging.makeLogRecord(
    {'name': 'n', 'msg': 'quiet %s', 'args': ('words',),
     'exc_info': (OSError, OSError('x'), None)})))

# Handlers: terminator, setStream, formatters per handler.
log = logging.getLogger('handlers')
log.propagate = False
h = logging.StreamHandler(sys.stdout)
h.terminator = ' <end>\n'
log.addHandler(h)
log.warning('custom terminator')
h.terminator = '\n'
print(h.setStream(sys.stdout), repr(h))
h.setFormatter(logging.Formatter('{levelname}: {message}', style='{'))
log.error('brace style handler')


class Collect(logging.Handler):
    def __init__(self):
        super().__init__()
        self.lines = []

    def emit(self, record):
        self.lines.append(self.format(record))


c = Collect()
log.addHandler(c)
log.warning('collected %d', 1)
log.error('collected %d', 2)
print(c.lines)
h.close()

# LogRecord attributes Pyroclast and CPython agree on.
r = logging.LogRecord('rec', logging.INFO, '/srv/app/main.py', 42, 'x=%(x)s',
                      ({'x': 7},), None, func='handler')
print(r.name, r.levelno, r.levelname, r.pathname, r.filename, r.module,
      r.lineno, r.funcName, r.getMessage(), r.args, r.exc_info, r.exc_text,
      r.stack_info, r.threadName, r.processName)
print(repr(r))
print(isinstance(r.created, float), r.msecs == int((r.created % 1) * 1000),
      r.relativeCreated >= 0)
for path in ['', 'noext', '.hidden', 'a/b.tar.gz', None]:
    r = logging.LogRecord('p', 20, path, 1, 'm', (), None)
    print(repr(path), repr(r.filename), repr(r.module))
print(logging.LogRecord('a', 20, '', 0, 'one %s', ('arg',), None).getMessage())
print(logging.LogRecord('a', 20, '', 0, 'empty %(k)s', ({},), None).args)
print(logging.LogRecord('a', 20, '', 0, 12345, None, None).getMessage())


old_factory = logging.getLogRecordFactory()


def factory(*args, **kwargs):
    rec = old_factory(*args, **kwargs)
    rec.custom = 'factory-made'
    return rec


logging.setLogRecordFactory(factory)
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter('%(custom)s %(message)s'))
log.handlers = [h2]
log.warning('through the factory')
logging.setLogRecordFactory(old_factory)
print(logging.makeLogRecord({'msg': 'made'}).getMessage())

# BufferingFormatter formats a batch.
class Batch(logging.BufferingFormatter):
    def formatHeader(self, records):
        return '%d records: ' % len(records)

    def formatFooter(self, records):
        return ' (end)'


recs = [logging.makeLogRecord({'msg': 'r%d' % i}) for i in range(3)]
print(Batch(logging.Formatter('<%(message)s>')).format(recs))
print(repr(Batch().format([])))
