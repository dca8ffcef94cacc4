# Every name CPython 3.11 puts in the builtins module exists here too.
import builtins

print(sorted(dir(builtins)))
print(builtins.print is print, builtins.len is len, builtins.__name__)
print(type(builtins).__name__, repr(builtins))
import sys
print(sys.modules['builtins'] is builtins)
for name in ('bytearray', 'memoryview', 'complex', 'BaseExceptionGroup',
             'EncodingWarning', 'ResourceWarning', 'ascii', 'breakpoint'):
    print(name, callable(getattr(builtins, name)))
print(isinstance(b'x', bytearray), isinstance(1, complex))
print(callable(copyright), callable(credits), callable(license), callable(help))
print(repr(help))
print(__debug__, builtins.__package__)
