print('importing a module that fails')
import pkg.raises
