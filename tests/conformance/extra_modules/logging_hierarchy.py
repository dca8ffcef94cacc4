# logging's dotted hierarchy: parents found or filled in later through
# placeholders, propagation to ancestors' handlers, effective levels,
# filters on loggers and handlers, getChild, hasHandlers, disabled,
# NullHandler, custom logger classes and LoggerAdapter.
import logging
import sys


def show(logger):
    parent = logger.parent.name if logger.parent else None
    print(f'{logger.name}: parent={parent} level={logger.level} '
          f'effective={logger.getEffectiveLevel()} propagate={logger.propagate}')


root = logging.getLogger()
print(root is logging.root, logging.getLogger('root') is root, logging.getLogger('') is root)
print(repr(root), root.parent)

# A child made before its ancestors hangs from the root, then moves.
deep = logging.getLogger('svc.db.pool')
show(deep)
print(type(logging.root.manager.loggerDict['svc']).__name__,
      type(logging.root.manager.loggerDict['svc.db']).__name__)
svc = logging.getLogger('svc')
show(deep)
db = logging.getLogger('svc.db')
show(deep)
show(db)
sibling = logging.getLogger('svc.dbx')
show(sibling)
print(sorted(logging.root.manager.loggerDict))
print(logging.getLogger('svc.db') is db, svc.getChild('db.pool') is deep,
      root.getChild('top').name, db.getChild('cache').name)

fmt = logging.Formatter('%(name)s %(levelname)s %(message)s')


def stdout_handler(tag, level=logging.NOTSET):
    h = logging.StreamHandler(sys.stdout)
    h.setLevel(level)
    h.setFormatter(logging.Formatter(tag + ' %(name)s %(levelname)s %(message)s'))
    return h


h_root = stdout_handler('[root]')
h_svc = stdout_handler('[svc]', logging.INFO)
h_db = stdout_handler('[db]', logging.ERROR)
root.addHandler(h_root)
svc.addHandler(h_svc)
db.addHandler(h_db)
print(deep.hasHandlers(), [h.level for h in svc.handlers])

# The record is checked against the logger where it starts only; each
# handler on the way up checks its own level.
deep.warning('warning from the pool')
deep.error('error from the pool')
deep.info('info stops at the effective level (root: WARNING)')
svc.setLevel(logging.DEBUG)
show(deep)
deep.info('info now passes; [root] has no level')
deep.debug('debug: [svc] is at INFO')

# propagate=False stops the climb.
db.propagate = False
deep.error('stops at svc.db')
db.propagate = True
print(deep.hasHandlers())
db.removeHandler(h_db)
db.removeHandler(h_db)
deep.error('h_db removed')

# Logger filters apply where the record is made, not to records passing
# through from below; handler filters apply to everything they handle.
class Drop(logging.Filter):
    def filter(self, record):
        return 'secret' not in record.getMessage()


svc.addFilter(Drop())
svc.warning('secret at svc: dropped')
deep.warning('secret from the pool: passes svc')
svc.filters.clear()
h_root.addFilter(lambda record: record.levelno >= logging.ERROR)
deep.warning('only [svc] shows warnings now')
h_root.filters.clear()

name_filter = logging.Filter('svc.db')
for name in ['svc', 'svc.db', 'svc.db.pool', 'svc.dbx', 'other']:
    print(name, name_filter.filter(logging.makeLogRecord({'name': name})))
print(logging.Filter('').filter(logging.makeLogRecord({'name': 'x'})))

# disabled and the level cache: setLevel() clears it, plain assignment
# does not.
deep.disabled = True
deep.critical('disabled logger')
deep.disabled = False
print(deep.isEnabledFor(logging.DEBUG))
svc.level = logging.ERROR
print(deep.isEnabledFor(logging.DEBUG), deep.getEffectiveLevel())
svc.setLevel(logging.ERROR)
print(deep.isEnabledFor(logging.DEBUG), deep.getEffectiveLevel())
svc.setLevel(logging.NOTSET)

# A library's NullHandler keeps its records away from lastResort.
for h in list(root.handlers):
    root.removeHandler(h)
svc.removeHandler(h_svc)
lib = logging.getLogger('lib')
lib.addHandler(logging.NullHandler())
lib.error('swallowed')
print(lib.hasHandlers(), repr(lib.handlers[0]))

# Custom logger classes.
class TaggedLogger(logging.Logger):
    def tagged(self, msg):
        self.warning('[tagged] ' + msg)


logging.setLoggerClass(TaggedLogger)
tagged = logging.getLogger('tagged.one')
logging.setLoggerClass(logging.Logger)
print(type(tagged).__name__, type(logging.getLogger('plain.one')).__name__)
tagged.addHandler(stdout_handler('[tagged]'))
tagged.tagged('hello')
try:
    logging.setLoggerClass(dict)
except TypeError as e:
    print('TypeError:', e)
try:
    logging.getLogger(42)
except TypeError as e:
    print('TypeError:', e)


# LoggerAdapter adds context to every record.
class Context(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"[{self.extra['request']}] {msg}", kwargs


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter('%(name)s %(levelname)s %(message)s'))
app = logging.getLogger('app')
app.addHandler(handler)
app.setLevel(logging.INFO)
adapter = Context(app, {'request': 'r-1'})
adapter.info('handled %s', '/index')
adapter.debug('below INFO')
adapter.warning('slow')
print(repr(adapter), adapter.name, adapter.isEnabledFor(logging.DEBUG))
plain = logging.LoggerAdapter(app, {'user': 'ann'})
handler.setFormatter(logging.Formatter('%(user)s: %(message)s'))
plain.error('extra goes on the record')
app.warning('own extra', extra={'user': 'bob'})
try:
    app.warning('clash', extra={'levelname': 'x'})
except KeyError as e:
    print('KeyError:', e)
