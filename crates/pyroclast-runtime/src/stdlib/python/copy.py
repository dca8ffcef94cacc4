# copy: shallow and deep copies of builtin containers and plain objects.


class Error(Exception):
    pass


def copy(x):
    cls = type(x)
    if cls in (int, float, bool, str, bytes, tuple, frozenset, type(None), range) or callable(x) and not hasattr(x, "__dict__"):
        return x
    if hasattr(x, "__copy__"):
        return x.__copy__()
    if cls in (list, dict, set):
        return x.copy()
    if isinstance(x, (list, dict, set)):
        y = cls(x)
        if hasattr(x, "__dict__"):
            y.__dict__.update(x.__dict__)
        return y
    y = cls.__new__(cls)
    if hasattr(x, "__dict__"):
        y.__dict__.update(x.__dict__)
    return y


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    key = id(x)
    if key in memo:
        return memo[key]
    cls = type(x)
    if cls in (int, float, bool, str, bytes, type(None), range) or isinstance(x, type):
        return x
    if hasattr(x, "__deepcopy__"):
        y = x.__deepcopy__(memo)
    elif cls is list:
        y = []
        memo[key] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls is dict:
        y = {}
        memo[key] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        y = {deepcopy(item, memo) for item in x}
    elif cls is tuple:
        y = tuple(deepcopy(item, memo) for item in x)
    elif cls is frozenset:
        y = frozenset(deepcopy(item, memo) for item in x)
    elif callable(x) and not hasattr(x, "__dict__"):
        y = x
    else:
        y = cls.__new__(cls)
        memo[key] = y
        if isinstance(x, list):
            y.extend(deepcopy(item, memo) for item in x)
        elif isinstance(x, dict):
            for k, v in x.items():
                y[deepcopy(k, memo)] = deepcopy(v, memo)
        if hasattr(x, "__dict__"):
            for k, v in x.__dict__.items():
                setattr(y, k, deepcopy(v, memo))
    memo[key] = y
    return y
