class ParseError(Exception):
    pass

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError(f"bad number {s!r}") from e

print(parse("12"))
parse("x1")
