print('init pkg.mod', __name__, __package__)
def hello():
    return 'hello from ' + __name__
