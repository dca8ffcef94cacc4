import sys

print("before exit")
try:
    sys.exit(0)
except SystemExit as e:
    print("caught SystemExit", e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print("caught", repr(e.code))
print("exiting for real")
sys.exit(0)
print("never printed")
