# atexit callbacks run at exit, last registered first, before the final
# collection; weakref.finalize's pending finalizers run then too.
import atexit
import weakref


def bye(name):
    print("bye", name)


atexit.register(bye, "first")
atexit.register(bye, "second")
atexit.register(bye, "removed")
atexit.unregister(bye)
atexit.register(bye, "third")


class Obj:
    pass


o = Obj()
weakref.finalize(o, print, "finalizer of o")
print("end of script")
