print('init pkg.sub.leaf')
LEAF = 42
