# Exception-heavy control flow: raise/except in loops, custom exception
# classes, try/finally, else, re-raise and raise ... from.
N = 130_000


class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key}")
        self.key = key


class Invalid(AppError):
    pass


TABLE = {i: i * 3 for i in range(0, 1000, 3)}


def lookup(key):
    try:
        return TABLE[key]
    except KeyError:
        raise NotFound(key) from None


def parse(text):
    try:
        value = int(text)
    except ValueError as e:
        raise Invalid(text) from e
    if value < 0:
        raise Invalid("negative")
    return value


def guarded(i, log):
    try:
        if i % 11 == 0:
            raise ZeroDivisionError("eleven")
        return lookup(i % 1000)
    except ZeroDivisionError:
        log[0] += 1
        raise
    finally:
        log[1] += 1


def main():
    found = missing = invalid = chained = reraised = elses = 0
    log = [0, 0]
    last = None
    for i in range(N):
        try:
            v = guarded(i, log)
        except NotFound as e:
            missing += 1
            last = e
        except ZeroDivisionError:
            reraised += 1
        else:
            found += v
        text = str(i) if i % 3 else "x" + str(i)
        try:
            parse(text)
        except Invalid as e:
            invalid += 1
            if e.__cause__ is not None:
                chained += 1
        else:
            elses += 1
        try:
            try:
                raise StopIteration(i)
            finally:
                elses += 1
        except StopIteration as e:
            found += e.value % 3
    try:
        for i in range(10):
            if i == 7:
                raise AppError("stop", i)
    except AppError as e:
        print(type(e).__name__, e.args)
    print(found, missing, invalid, chained, reraised, elses, log)
    print(repr(last), last.key, last.__suppress_context__, isinstance(last, AppError))


main()
