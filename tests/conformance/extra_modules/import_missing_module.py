print("before import")
try:
    import nosuchmod_caught
except ImportError as e:
    print(type(e).__name__, e)
import nosuchmod
print("unreachable")
