# Notes added with add_note() are printed after the exception line.
def check(x):
    if x < 0:
        e = ValueError(f"negative: {x}")
        e.add_note("values must be positive")
        raise e
    return x


print(check(3))
check(-2)
