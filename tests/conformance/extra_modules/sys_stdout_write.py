import sys

n = sys.stdout.write("hello")
print()
print(n)
sys.stdout.write("a\nb\n")
sys.stdout.write("")
print("done", file=sys.stdout)
print("this goes to stderr", file=sys.stderr)
print("after stderr")
