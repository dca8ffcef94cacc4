# An uncaught FileNotFoundError ends the script with CPython's last line.
print('before')
with open('no_such_file.txt') as f:
    print(f.read())
