# SIGINT arrives while the script sleeps in a loop (see .sigint): the
# traceback ends in KeyboardInterrupt, exit status 130.
import time
print("ready", flush=True)
while True:
    time.sleep(0.01)
