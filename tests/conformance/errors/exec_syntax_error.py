# An uncaught SyntaxError from exec() ends with its message alone.
print("before")
exec("x = (")
