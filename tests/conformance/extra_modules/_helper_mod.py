GREETING = "hello from helper"


def double(x):
    return x * 2


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


if __name__ == "__main__":
    pass
