x = 5
print(x.bit_length())
x.append(3)
