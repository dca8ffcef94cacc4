# abc: abstract base classes without a metaclass. ABC checks for abstract
# methods when instantiated, which is what ABCMeta does in CPython.


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _abstract_names(cls):
    names = []
    for klass in cls.__mro__:
        for name, value in klass.__dict__.items():
            if name not in names and getattr(value, "__isabstractmethod__", False):
                names.append(name)
    return sorted(n for n in names if getattr(getattr(cls, n, None), "__isabstractmethod__", False))


class ABC:
    def __new__(cls, *args, **kwargs):
        missing = _abstract_names(cls)
        if missing:
            s = "s" if len(missing) > 1 else ""
            raise TypeError(
                f"Can't instantiate abstract class {cls.__name__} with abstract method{s} {', '.join(missing)}")
        return object.__new__(cls)


ABCMeta = type
