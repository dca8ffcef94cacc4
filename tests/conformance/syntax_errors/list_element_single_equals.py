a = 1
items = [a = 1]
