# A multi-file program: an application package with subpackages, relative
# imports and a __main__ guard in the module that is imported.
import sys

import app
from app import *
from app.cli import main

print(app.__doc__)
print(Item('x', 1), VERSION)
status = main()
print('status', status)
print(sorted(m for m in sys.modules if m.startswith('app')))
print(app.core.inventory.Item is app.Item, app.cli.__name__)


if __name__ == '__main__':
    print('the script itself is __main__')
