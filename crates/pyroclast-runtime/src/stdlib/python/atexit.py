"""atexit: functions to run when the interpreter exits, last registered
first. Pyroclast calls `_run_exitfuncs` when an interpreter is dropped (the
CLI does at the end of a script), before the final collection."""

_exithandlers = []


def register(func, *args, **kwargs):
    """Registers `func(*args, **kwargs)` to run at exit; returns `func`."""
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func):
    """Removes every registration of `func`."""
    _exithandlers[:] = [h for h in _exithandlers if h[0] != func]


def _clear():
    del _exithandlers[:]


def _ncallbacks():
    return len(_exithandlers)


def _run_exitfuncs():
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as e:
            import sys
            print("Exception ignored in atexit callback:", repr(func), file=sys.stderr)
            print(type(e).__name__ + ":", e, file=sys.stderr)
