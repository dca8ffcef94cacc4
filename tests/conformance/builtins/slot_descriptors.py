# Builtin types expose their slots and methods as descriptors, as CPython.
print(hasattr(list, '__iter__'), hasattr(int, '__add__'), hasattr(dict, '__getitem__'))
print(int.__add__(1, 2), int.__add__(1, 2.0), float.__radd__(1.0, 2))
print(list.__len__([1, 2, 3]), str.__len__('ab'), object.__init__(object()))
print(object.__init__, list.__len__, list.append, str.join)
print(type(object.__init__).__name__, type(list.__len__).__name__)
print(type(list.append).__name__, type(str.join).__name__)
print(type(list.__getitem__).__name__, type(dict.__contains__).__name__,
      type(tuple.__getitem__).__name__, type(float.__round__).__name__)
print(type(int.real).__name__, int.real)
print(type(vars(list)).__name__, type(str.__dict__).__name__)
print(str.__dict__['join'], 'append' in list.__dict__, '__add__' in str.__dict__)
try:
    int.__add__('a', 1)
except TypeError as e:
    print(e)
try:
    list.__dict__['x'] = 1
except TypeError as e:
    print(e)
import inspect
import types
print(inspect.isroutine(str.join), inspect.isroutine(list.__len__),
      inspect.isbuiltin(str.join), inspect.isbuiltin(len))
print(type(str.join) is types.MethodDescriptorType,
      type(object.__init__) is types.WrapperDescriptorType)
