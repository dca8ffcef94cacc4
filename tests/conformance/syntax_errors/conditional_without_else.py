x = 1
value = x if x > 0
