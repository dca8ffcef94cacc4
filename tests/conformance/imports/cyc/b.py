from cyc.a import f
def g():
    return 'g'
