# logging basics: levels and their names, module-level functions with
# basicConfig, Logger methods, exception(), log(), disable() and the
# lastResort handler. Output goes to stdout so all of it is compared.
import logging
import sys

print(logging.CRITICAL, logging.FATAL, logging.ERROR, logging.WARNING,
      logging.WARN, logging.INFO, logging.DEBUG, logging.NOTSET)
for level in [50, 40, 30, 20, 10, 0, 35, 'INFO', 'WARN', 'FATAL', 'nope']:
    print(repr(level), '->', repr(logging.getLevelName(level)))
logging.addLevelName(25, 'NOTICE')
print(logging.getLevelName(25), logging.getLevelName('NOTICE'))
print(sorted(logging.getLevelNamesMapping().items()))

# With no handler anywhere, WARNING and above reach lastResort, which
# writes the bare message to whatever sys.stderr is at that moment.
real_stderr = sys.stderr
sys.stderr = sys.stdout
quiet = logging.getLogger('quiet')
quiet.info('not shown')
quiet.warning('last resort: %s', 'warning')
quiet.error('last resort: error')
print(quiet.hasHandlers(), logging.lastResort.level, repr(logging.lastResort))
logging.lastResort = None
quiet.error('no handlers at all')
quiet.error('said only once')
logging.lastResort = logging._defaultLastResort
sys.stderr = real_stderr

# The module-level functions configure the root logger on first use.
sys.stderr = sys.stdout
logging.warning('first call configures the root: %d handler(s) before', 0)
sys.stderr = real_stderr
print(logging.root.handlers, logging.root.level)
logging.info('root is at WARNING: not shown')

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format='%(levelname)s:%(name)s:%(message)s', force=True)
print(logging.root.handlers, logging.root.level)
logging.debug('debug %s', 'shown')
logging.info('info %d%%', 50)
logging.warning('warning %r', 'quoted')
logging.error('error %(key)s', {'key': 'from a mapping'})
logging.critical('critical')
logging.fatal('fatal is critical')
logging.log(25, 'custom level %d', 25)
logging.log(logging.INFO, 'log() at INFO')
logging.basicConfig(level=logging.ERROR)  # ignored: root has a handler
print(logging.root.level)

log = logging.getLogger('app')
print(repr(log), log.name, log.level, log.getEffectiveLevel())
log.debug('inherits DEBUG from root')
log.setLevel('WARNING')
print(repr(log), log.isEnabledFor(logging.INFO), log.isEnabledFor(logging.ERROR))
log.info('filtered by level')
log.warning('warning from %s', log.name)
log.warn('warn is warning')
log.error('error with args %s %s', 1, [2])
log.critical('no args keeps %s literal')
log.log(logging.CRITICAL, 'via log()')
try:
    log.log('ERROR', 'level must be an int')
except TypeError as e:
    print('TypeError:', e)
for bad in ['LOUD', 2.5]:
    try:
        log.setLevel(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)


# exception(): the traceback frames cannot be compared here, so this
# formatter keeps the last line of what formatException gives.
class LastLine(logging.Formatter):
    def formatException(self, ei):
        return 'EXC ' + super().formatException(ei).splitlines()[-1]


handler = logging.root.handlers[0]
handler.setFormatter(LastLine('%(levelname)s:%(name)s:%(message)s'))


def divide(a, b):
    return a / b


try:
    divide(1, 0)
except ZeroDivisionError:
    log.exception('division failed for %d/%d', 1, 0)
    log.error('error with exc_info', exc_info=True)
    logging.exception('module-level exception')
try:
    {}['missing']
except KeyError as e:
    log.critical('caught %r', e, exc_info=e)
log.error('exc_info tuple', exc_info=(ValueError, ValueError('v'), None))
log.exception('outside any handler')
log.error('exc_info=False', exc_info=False)
# A record is formatted once; its exc_text is reused.
handler.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
log.error('never raised', exc_info=RuntimeError('plain'))

# disable() drops records at or below a level, everywhere.
logging.disable(logging.ERROR)
log.error('disabled')
log.critical('critical passes')
logging.disable()
log.critical('everything disabled')
logging.disable(logging.NOTSET)
log.error('enabled again')
print(logging.root.manager.disable)

# Disabled loggers and handler levels.
log.disabled = True
log.critical('logger disabled')
log.disabled = False
handler.setLevel(logging.CRITICAL)
log.error('below the handler level')
log.critical('at the handler level')
print(repr(handler))
