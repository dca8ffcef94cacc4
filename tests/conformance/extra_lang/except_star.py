def risky():
    raise ExceptionGroup("batch", [
        ValueError("v1"), TypeError("t1"), ValueError("v2"), KeyError("k"),
    ])

try:
    risky()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions], type(eg).__name__)
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])
except* KeyError as eg:
    print("keys:", [repr(e) for e in eg.exceptions], eg.message)

try:
    try:
        raise ExceptionGroup("outer", [ValueError("a"), OSError("b")])
    except* ValueError:
        print("handled ValueError part")
except ExceptionGroup as rest:
    print("rest:", rest.message, [type(e).__name__ for e in rest.exceptions])

try:
    raise ValueError("naked")
except* ValueError as eg:
    print("wrapped:", type(eg).__name__, eg.exceptions)
