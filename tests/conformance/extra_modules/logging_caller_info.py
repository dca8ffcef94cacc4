# Log records name their caller: function, line, file and module, with
# stacklevel counting frames outside logging.
import logging
import sys

logging.basicConfig(
    format="%(levelname)s %(name)s %(funcName)s:%(lineno)d %(filename)s %(module)s | %(message)s",
    level=logging.DEBUG,
    stream=sys.stdout,
)
log = logging.getLogger("app")


def helper(msg):
    log.info("helper says %s", msg, stacklevel=2)


def work(n):
    log.debug("working on %d", n)
    helper("hello")
    return n * 2


class Service:
    def run(self):
        logging.getLogger("app.service").warning("running")
        return work(3)


work(1)
Service().run()
logging.error("at module level")
log.critical("done")
