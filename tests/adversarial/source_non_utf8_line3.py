x = 1
y = 2
# a Latin-1 byte in a comment on line 3: é
print(x)
