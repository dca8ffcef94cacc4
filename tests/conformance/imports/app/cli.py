import sys

from . import VERSION
from .core.inventory import Inventory, OutOfStock


def main(argv=None):
    inv = Inventory()
    inv.add('apple', 45, 10)
    inv.add('pear', 120, 3)
    inv.add('apple', 45, 5)
    try:
        inv.take('pear', 5)
    except OutOfStock as e:
        print('error:', e)
    inv.take('apple', 2)
    print(f'inventory v{VERSION[0]}.{VERSION[1]}')
    print(inv.report())
    return 0


if __name__ == '__main__':
    print('never printed when imported')
    sys.exit(main())
