"""Support for copy and pickle (garter's own implementation): the registry
of reduction functions, and the helpers `object.__reduce_ex__` builds its
tuples from."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

dispatch_table = {}

_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Registers `pickle_function` as the reduction for `ob_type`."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def pickle_complex(c):
    return complex, (c.real, c.imag)


pickle(complex, pickle_complex, complex)


def _reconstructor(cls, base, state):
    """Rebuilds an object reduced with protocol 0 or 1."""
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of the `__slots__` of `cls` and its bases (private names
    mangled, `__dict__` and `__weakref__` left out), cached on the class
    as `__slotnames__`."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    if hasattr(cls, "__slots__"):
        for c in cls.__mro__:
            if "__slots__" not in c.__dict__:
                continue
            slots = c.__dict__["__slots__"]
            if isinstance(slots, str):
                slots = (slots,)
            for name in slots:
                if name in ("__dict__", "__weakref__"):
                    continue
                if name.startswith("__") and not name.endswith("__"):
                    stripped = c.__name__.lstrip("_")
                    if stripped:
                        name = f"_{stripped}{name}"
                names.append(name)
    try:
        cls.__slotnames__ = names
    except (TypeError, AttributeError):
        pass
    return names


def _solid_base(cls):
    """The builtin class whose layout instances of `cls` have."""
    for base in cls.__mro__:
        if base.__module__ == "builtins" and base is not object \
                and base.__new__ is not object.__new__:
            return base
    return object


def _reduce_object(obj, protocol, kind):
    """The reduction `object.__reduce_ex__(protocol)` returns; `kind` says
    how the instance's builtin layout is rebuilt ("plain", "list", "dict",
    "set", "value" or "exception")."""
    cls = type(obj)
    if kind == "exception":
        namespace = getattr(obj, "__dict__", None)
        if namespace:
            return (cls, obj.args, namespace)
        return (cls, obj.args)
    if kind == "set":
        # A set is rebuilt by calling its class with its items, as
        # set.__reduce__ does.
        return (cls, (list(obj),), obj.__getstate__())
    if protocol < 2:
        return _reduce_ex(obj, protocol, kind)
    getnewargs_ex = getattr(obj, "__getnewargs_ex__", None)
    kwargs = None
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ "
                            f"must be a tuple, not {type(args).__name__}")
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ "
                            f"must be a dict, not {type(kwargs).__name__}")
    else:
        getnewargs = getattr(obj, "__getnewargs__", None)
        if getnewargs is not None:
            args = getnewargs()
            if not isinstance(args, tuple):
                raise TypeError("__getnewargs__ should return a tuple, "
                                f"not '{type(args).__name__}'")
        elif kind == "value":
            args = (_solid_base(cls)(obj),)
        else:
            args = ()
    state = obj.__getstate__()
    listitems = iter(obj) if kind == "list" else None
    dictitems = iter(obj.items()) if kind == "dict" else None
    if kwargs:
        return (__newobj_ex__, (cls, args, kwargs), state, listitems, dictitems)
    return (__newobj__, (cls, *args), state, listitems, dictitems)


def _reduce_ex(obj, protocol, kind):
    """The reduction for protocols 0 and 1."""
    cls = type(obj)
    base = _solid_base(cls)
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(obj)
    args = (cls, base, state)
    getstate = obj.__getstate__
    if type(obj).__getstate__ is object.__getstate__ and _slotnames(cls):
        raise TypeError("a class that defines __slots__ without defining "
                        "__getstate__ cannot be pickled with protocol "
                        f"{protocol}")
    namespace = getstate()
    if namespace:
        return _reconstructor, args, namespace
    return _reconstructor, args
