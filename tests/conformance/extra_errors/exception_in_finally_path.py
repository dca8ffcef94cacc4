def f():
    try:
        print("try body")
        return 1
    finally:
        print("finally body")
        raise RuntimeError("from finally")

f()
