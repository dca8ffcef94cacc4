# Assigning an attribute of the builtins module makes the name visible in
# every module; deleting it hides it again.
import builtins


def read():
    return shared_name


builtins.shared_name = 'from builtins'
print(read())
print('shared_name' in dir(builtins))
shared_name = 'module global'
print(read())
del shared_name
print(read())
del builtins.shared_name
try:
    read()
except NameError as e:
    print(e)
print(__builtins__ is builtins)
