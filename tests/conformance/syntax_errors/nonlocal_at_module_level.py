y = 1
nonlocal x
