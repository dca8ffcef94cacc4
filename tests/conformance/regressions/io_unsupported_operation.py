import sys
try:
    sys.stdin.write("x")
except Exception as e:
    print(type(e), e, isinstance(e, OSError), isinstance(e, ValueError))
sys.stdout.read()
