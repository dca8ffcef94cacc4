print('init pkg.sub')
