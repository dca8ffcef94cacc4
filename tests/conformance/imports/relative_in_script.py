print('a script has no parent package')
from . import pkg
