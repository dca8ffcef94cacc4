def check(v):
    assert v > 0, f"expected positive, got {v}"
    return v

print(check(3))
check(-2)
