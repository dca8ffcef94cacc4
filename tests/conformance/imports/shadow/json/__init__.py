def dumps(obj):
    return 'local json package: ' + repr(obj)
