# Imported, never run as the script: its guarded block must not run.
print('guarded loads as', __name__)
RAN_MAIN = False
if __name__ == '__main__':
    RAN_MAIN = True
    print('guarded main block ran')
