# logging's formatException and logger.exception print the traceback's
# File lines and source lines, as the traceback module does.
import logging
import sys


class PathFree(logging.Formatter):
    # The script's path differs between checkouts.
    def formatException(self, ei):
        return super().formatException(ei).replace(__file__, "FILE")


handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(PathFree("%(levelname)s:%(name)s:%(message)s"))
log = logging.getLogger("gaps")
log.addHandler(handler)
log.propagate = False


def inner(x):
    raise ZeroDivisionError("zero " + str(x))


def outer():
    inner(0)


try:
    outer()
except ZeroDivisionError:
    log.exception("division failed")


def chained():
    try:
        int("x")
    except ValueError as e:
        raise KeyError("bad key") from e


try:
    chained()
except KeyError:
    log.error("chained", exc_info=True)

try:
    raise RuntimeError("plain")
except RuntimeError as e:
    text = logging.Formatter().formatException(sys.exc_info())
    lines = text.replace(__file__, "FILE").splitlines()
    print(lines[0], "|", lines[1], "|", lines[-1], "|", len(lines))
    log.warning("as object", exc_info=e)

try:
    raise ExceptionGroup("group", [TypeError("t"), OSError("o")])
except ExceptionGroup:
    log.exception("grouped")

log.error("no exception here", exc_info=(None, None, None))
