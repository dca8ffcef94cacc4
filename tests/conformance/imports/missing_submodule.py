import pkg
print('before')
import pkg.missing
