print('pkg.raises starts')
partial = 1
1 / 0
