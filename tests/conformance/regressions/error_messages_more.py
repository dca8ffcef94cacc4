import sys

for src in ["bytes('a')", "bytes(-1)", "b'a' + 'b'", "b'a' + 1", "super()", "int('9' * 5000)", "str(10 ** 5000)[:5]", "'%d' % 5", "hash('')", "bytes('é', 'utf-8')", "bytes(3)"]:
    try:
        print(repr(eval(src)))
    except Exception as e:
        print(f"{src!r:24} {type(e).__name__}: {e}")

print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)), int('7' * 5000) % 1000)
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4999)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("ValueError", e)
try:
    print(10 ** 5000)
except ValueError as e:
    print("ValueError", e)
print(hex(1 << 20000)[:10], len(bin(1 << 20000)))
