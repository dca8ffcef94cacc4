# The script's folder comes before the standard library's on sys.path: a
# local json/ package is found instead of the standard json.
import json
print(json.dumps([1, 2]))
print(json.__file__.split('/')[-2:])
