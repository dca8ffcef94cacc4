# An exception caught and kept in a local makes a cycle: exception ->
# traceback -> frame -> locals -> exception. CPython frees it (and the
# frame's other locals) only when the collector runs; a returned
# exception keeps its frame's locals alive until it is dropped.
import gc


class Tracker:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


def keeps_error():
    t = Tracker("kept")
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    return None


def returns_error():
    t = Tracker("returned")
    try:
        raise ValueError("x")
    except ValueError as e:
        return e


gc.disable()
keeps_error()
print("after call")
print(gc.collect() > 0)
print("after collect")
e = returns_error()
print("got", type(e).__name__, e.__traceback__.tb_frame.f_code.co_name)
del e
print("after del")
