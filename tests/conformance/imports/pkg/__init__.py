print('init pkg', __name__, __package__)
VALUE = 'pkg value'
guard = __name__ == '__main__'
