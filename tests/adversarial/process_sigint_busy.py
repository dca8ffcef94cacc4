# SIGINT during pure computation; `finally` runs.
n = 0
try:
    print("ready", flush=True)
    while True:
        n += 1
finally:
    print("finally ran")
