# A Latin-1 byte in a string, no coding declaration.
x = "é"
print(x)
