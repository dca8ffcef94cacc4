# Part of asyncio written in Python on top of the Rust core: event loop
# policies, as CPython's asyncio/events.py. The module-level loop functions
# go through the current policy, so a custom policy takes effect; the
# default policy's methods are the Rust functions.

_rust_get_event_loop = get_event_loop
_rust_set_event_loop = set_event_loop
_rust_new_event_loop = new_event_loop


class AbstractEventLoopPolicy:
    """Abstract policy for accessing the event loop."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError

    def get_child_watcher(self):
        raise NotImplementedError

    def set_child_watcher(self, watcher):
        raise NotImplementedError


class BaseDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """The default policy: one current loop for the main thread."""

    def get_event_loop(self):
        return _rust_get_event_loop()

    def set_event_loop(self, loop):
        _rust_set_event_loop(loop)

    def new_event_loop(self):
        return _rust_new_event_loop()


class _UnixDefaultEventLoopPolicy(BaseDefaultEventLoopPolicy):
    __module__ = 'asyncio.unix_events'


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy

_event_loop_policy = None


def get_event_loop_policy():
    """The current event loop policy (the default one unless set)."""
    global _event_loop_policy
    if _event_loop_policy is None:
        _event_loop_policy = DefaultEventLoopPolicy()
    return _event_loop_policy


def set_event_loop_policy(policy):
    """Sets the policy; None restores a fresh default one."""
    global _event_loop_policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy "
                        f"or None, not '{type(policy).__name__}'")
    _reset_event_loop_state()
    _event_loop_policy = policy


def get_event_loop():
    """The running loop, else the policy's current loop."""
    try:
        return get_running_loop()
    except RuntimeError:
        pass
    return get_event_loop_policy().get_event_loop()


def set_event_loop(loop):
    """Makes `loop` the current loop of the policy."""
    get_event_loop_policy().set_event_loop(loop)


def new_event_loop():
    """A new loop from the policy."""
    return get_event_loop_policy().new_event_loop()
