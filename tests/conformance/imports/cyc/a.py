from cyc.b import g
def f():
    return 'f'
