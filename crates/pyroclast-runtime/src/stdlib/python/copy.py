# copy: shallow and deep copies of builtin containers, plain objects and
# objects whose class defines the reduce protocol (__reduce_ex__/__reduce__).


class Error(Exception):
    pass


def _reduced(x):
    # x.__reduce_ex__(4) when its class (not object) defines the protocol.
    for k in type(x).__mro__:
        if k is object:
            return None
        d = k.__dict__
        if "__reduce_ex__" in d:
            return x.__reduce_ex__(4)
        if "__reduce__" in d:
            return x.__reduce__()
    return None


def _reconstruct(x, rv, deep, memo):
    if isinstance(rv, str):
        return x
    func, args = rv[0], rv[1]
    state = rv[2] if len(rv) > 2 else None
    if deep:
        # The memo is keyed by id(): keep the reduced values alive so no
        # later temporary can reuse one of their ids.
        memo.setdefault(id(memo), []).append(rv)
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for k, v in slotstate.items():
                    setattr(y, k, v)
    return y


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
    rv = _reduced(x)
    if rv is not None:
        return _reconstruct(x, rv, False, None)
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
    elif _reduced(x) is not None:
        y = _reconstruct(x, _reduced(x), True, memo)
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
