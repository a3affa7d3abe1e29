"""Shallow and deep copy operations (Molt's implementation of CPython's copy module).

copy(x) returns a shallow copy of x and deepcopy(x) a deep copy.  Classes can
customize copying with __copy__() and __deepcopy__(memo), with
__getstate__()/__setstate__(state), with __getnewargs__(), or with
__reduce_ex__()/__reduce__().
"""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error   # backward compatibility


def _function():
    pass


# Objects of these types are their own copies.
_ATOMIC_TYPES = {
    type(None), type(Ellipsis), type(NotImplemented), int, float, bool,
    str, bytes, type, range, slice, property, type(_function), type(len),
}
try:
    _ATOMIC_TYPES.add(complex)
except NameError:   # Molt has no complex numbers yet
    pass

# Builtin containers copied through their copy() method.
_SHALLOW_BY_METHOD = {list, dict, set, bytearray}

_object_reduce_ex = getattr(object, "__reduce_ex__", None)
_object_reduce = getattr(object, "__reduce__", None)
_object_getstate = getattr(object, '__getstate__', None)


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC_TYPES or cls is tuple or cls is frozenset:
        return x
    if cls in _SHALLOW_BY_METHOD:
        return x.copy()
    if issubclass(cls, type):
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC_TYPES or issubclass(cls, type):
        y = x
    elif cls is list:
        y = _deepcopy_list(x, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is dict:
        y = _deepcopy_dict(x, memo)
    elif cls is set or cls is frozenset:
        y = _reconstruct(x, memo, cls, (list(x),))
    elif cls is bytearray:
        y = _reconstruct(x, memo, cls, (bytes(x),))
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # If x is its own copy, don't memoize it.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    # Keep a reference to x in the memo so that its id() stays unique while
    # the memo lives.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(a, memo) for a in x]
    # A cyclic structure may have copied this tuple already.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _reduce(x, cls):
    # The "reduce value" that pickle would use for x: a string (x is a global
    # and copies as itself) or a tuple (callable, args[, state[, listitems
    # [, dictitems]]]).
    reductor = getattr(cls, '__reduce_ex__', None)
    if reductor is not None and reductor is not _object_reduce_ex:
        return x.__reduce_ex__(4)
    reductor = getattr(cls, '__reduce__', None)
    if reductor is not None and reductor is not _object_reduce:
        return x.__reduce__()
    if isinstance(x, BaseException):
        state = x.__dict__ or None
        return (cls, x.args, state)
    getnewargs = getattr(cls, '__getnewargs_ex__', None)
    if getnewargs is not None:
        args, kwargs = x.__getnewargs_ex__()
        if kwargs:
            return (_newobj_ex, (cls, args, kwargs), _getstate(x, cls))
        return (_newobj, (cls,) + tuple(args), _getstate(x, cls))
    getnewargs = getattr(cls, '__getnewargs__', None)
    if getnewargs is not None:
        args = x.__getnewargs__()
        return (_newobj, (cls,) + tuple(args), _getstate(x, cls))
    return (_newobj, (cls,), _getstate(x, cls))


def _newobj_ex(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _getstate(x, cls):
    getstate = getattr(cls, '__getstate__', None)
    if getstate is not None and getstate is not _object_getstate:
        return x.__getstate__()
    try:
        state = x.__dict__
    except AttributeError:
        return None
    return state or None


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y

