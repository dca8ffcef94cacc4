print('extra_mod loaded')
ANSWER = 41 + 1
