# A script that catches KeyboardInterrupt carries on and exits normally.
import time
try:
    print("ready", flush=True)
    while True:
        time.sleep(0.01)
except KeyboardInterrupt:
    print("caught KeyboardInterrupt")
