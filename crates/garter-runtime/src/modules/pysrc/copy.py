"""Shallow and deep copy operations (garter's own implementation).

copy(x) and deepcopy(x) handle the builtin types directly; any other
object is copied through `__copy__` / `__deepcopy__` when its class
defines them, else through the reduction protocol (`copyreg`'s
dispatch table, `__reduce_ex__(4)`, `__reduce__`), as CPython does."""

import copyreg as _copyreg

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error

_MISSING = object()


class _Sample:
    def method(self):
        pass


# Types whose instances are their own copies, shallow or deep.
_ATOMIC = frozenset([
    type(None), type(Ellipsis), type(NotImplemented), int, float, bool,
    complex, bytes, str, type, range, property, type(_Sample.method), type(len),
])

_BOUND_METHOD = type(_Sample().method)


def copy(x):
    """Shallow copy: a new container holding the same items."""
    cls = type(x)
    if cls in _ATOMIC or cls is tuple or cls is frozenset or cls is slice:
        return x
    if cls is _BOUND_METHOD:
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls, "un(shallow)copyable object of type %s")
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _reduce(x, cls, message):
    reductor = _copyreg.dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor is not None:
        return reductor()
    raise Error(message % cls)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy: a new object whose contents are deep copies, each
    object copied once (`memo` maps ids of originals to their copies)."""
    if memo is None:
        memo = {}
    key = id(x)
    y = memo.get(key, _MISSING)
    if y is not _MISSING:
        return y
    cls = type(x)
    if cls in _ATOMIC or cls is slice:
        y = x
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
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls in (set, frozenset, bytearray):
        y = cls(deepcopy(list(x), memo))
    elif cls is _BOUND_METHOD:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls, "un(deep)copyable object of type %s")
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_tuple(x, memo):
    items = [deepcopy(item, memo) for item in x]
    # A tuple reached again while its items were copied (a cycle through
    # a mutable item) already has its copy.
    found = memo.get(id(x), _MISSING)
    if found is not _MISSING:
        return found
    for old, new in zip(x, items):
        if old is not new:
            return tuple(items)
    return x


def _keep_alive(x, memo):
    """Keeps `x` alive in the memo so its id is not reused while copying."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None,
                 dictiter=None, *, deepcopy=deepcopy):
    """Rebuilds a copy of `x` from its reduction."""
    deep = memo is not None
    if deep and args:
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
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for name, value in slotstate.items():
                    setattr(y, name, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for k, v in dictiter:
                y[deepcopy(k, memo)] = deepcopy(v, memo)
        else:
            for k, v in dictiter:
                y[k] = v
    return y


del _Sample
