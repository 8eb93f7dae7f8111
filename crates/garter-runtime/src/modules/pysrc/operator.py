"""Python's operators as functions (garter's own implementation), plus
itemgetter, attrgetter and methodcaller."""

__all__ = ["abs", "add", "and_", "attrgetter", "call", "concat", "contains",
           "countOf", "delitem", "eq", "floordiv", "ge", "getitem", "gt",
           "iadd", "iand", "iconcat", "ifloordiv", "ilshift", "imatmul",
           "imod", "imul", "index", "indexOf", "inv", "invert", "ior", "ipow",
           "irshift", "is_", "is_not", "isub", "itemgetter", "itruediv",
           "ixor", "le", "length_hint", "lshift", "lt", "matmul",
           "methodcaller", "mod", "mul", "ne", "neg", "not_", "or_", "pos",
           "pow", "rshift", "setitem", "sub", "truediv", "truth", "xor"]

from _operator import (lt, le, eq, ne, ge, gt, not_, truth, is_, is_not, abs,
                       add, and_, floordiv, index, inv, invert, lshift, mod,
                       mul, matmul, neg, or_, pos, pow, rshift, sub, truediv,
                       xor, contains, delitem, getitem, setitem, iadd, iand,
                       ifloordiv, ilshift, imod, imul, imatmul, ior, ipow,
                       irshift, isub, itruediv, ixor)


def _is_sequence(obj):
    return hasattr(type(obj), "__getitem__") and not isinstance(obj, dict)


def concat(a, b):
    "Same as a + b, for a and b sequences."
    if not _is_sequence(a):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    return a + b


def _iterate(a):
    try:
        return iter(a)
    except TypeError:
        raise TypeError(f"argument of type '{type(a).__name__}' is not iterable") from None


def countOf(a, b):
    "Return the number of items in a which are, or which equal, b."
    count = 0
    for item in _iterate(a):
        if item is b or item == b:
            count += 1
    return count


def indexOf(a, b):
    "Return the first index of b in a."
    for i, item in enumerate(_iterate(a)):
        if item is b or item == b:
            return i
    raise ValueError("sequence.index(x): x not in sequence")


def length_hint(obj, default=0):
    """Return an estimate of the number of items in obj.

    If the object supports len(), the result will be exact. Otherwise, it
    may over- or under-estimate by an arbitrary amount. The result will be
    an integer >= 0."""
    if not isinstance(default, int):
        raise TypeError(f"'{type(default).__name__}' object cannot be "
                        "interpreted as an integer")
    if hasattr(type(obj), "__len__"):
        return len(obj)
    try:
        hint = type(obj).__length_hint__
    except AttributeError:
        return default
    value = hint(obj)
    if value is NotImplemented:
        return default
    if not isinstance(value, int):
        raise TypeError("__length_hint__ must be an integer, not "
                        f"{type(value).__name__}")
    if value < 0:
        raise ValueError("__length_hint__() should return >= 0")
    return value


def call(obj, /, *args, **kwargs):
    "Same as obj(*args, **kwargs)."
    return obj(*args, **kwargs)


def iconcat(a, b):
    "Same as a += b, for a and b sequences."
    if not _is_sequence(a):
        raise TypeError(f"'{type(a).__name__}' object can't be concatenated")
    a += b
    return a


class attrgetter:
    """Return a callable object that fetches the given attribute(s) from
    its operand. Dotted names fetch nested attributes."""

    __module__ = "operator"
    __slots__ = ("_attrs", "_paths")

    def __init__(self, attr, *attrs):
        names = (attr,) + attrs
        for name in names:
            if not isinstance(name, str):
                raise TypeError("attribute name must be a string")
        self._attrs = names
        self._paths = tuple(tuple(name.split(".")) for name in names)

    def __call__(self, obj):
        if len(self._paths) == 1:
            return self._fetch(obj, self._paths[0])
        return tuple(self._fetch(obj, path) for path in self._paths)

    @staticmethod
    def _fetch(obj, path):
        for name in path:
            obj = getattr(obj, name)
        return obj

    def __repr__(self):
        return f"operator.attrgetter({', '.join(map(repr, self._attrs))})"

    def __reduce__(self):
        return type(self), self._attrs


class itemgetter:
    """Return a callable object that fetches the given item(s) from its
    operand."""

    __module__ = "operator"
    __slots__ = ("_items",)

    def __init__(self, *items):
        if not items:
            raise TypeError("itemgetter expected 1 argument, got 0")
        self._items = items

    def __call__(self, obj):
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple(obj[i] for i in self._items)

    def __repr__(self):
        return f"operator.itemgetter({', '.join(map(repr, self._items))})"

    def __reduce__(self):
        return type(self), self._items


class methodcaller:
    """Return a callable object that calls the given method on its
    operand, with the given arguments."""

    __module__ = "operator"
    __slots__ = ("_name", "_args", "_kwargs")

    def __init__(self, *args, **kwargs):
        if not args:
            raise TypeError("methodcaller needs at least one argument, the method name")
        name = args[0]
        if not isinstance(name, str):
            raise TypeError("method name must be a string")
        self._name = name
        self._args = args[1:]
        self._kwargs = kwargs

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts.extend(map(repr, self._args))
        parts.extend(f"{k}={v!r}" for k, v in self._kwargs.items())
        return f"operator.methodcaller({', '.join(parts)})"

    def __reduce__(self):
        if not self._kwargs:
            return type(self), (self._name,) + self._args
        from functools import partial
        return partial(type(self), self._name, **self._kwargs), self._args


for _name in ("lt", "le", "eq", "ne", "ge", "gt", "not", "abs", "add", "and",
              "floordiv", "index", "inv", "invert", "lshift", "mod", "mul",
              "matmul", "neg", "or", "pos", "pow", "rshift", "sub", "truediv",
              "xor", "concat", "contains", "delitem", "getitem", "setitem",
              "iadd", "iand", "iconcat", "ifloordiv", "ilshift", "imod", "imul",
              "imatmul", "ior", "ipow", "irshift", "isub", "itruediv", "ixor",
              "call"):
    globals()[f"__{_name}__"] = globals()[_name + "_" if _name in ("not", "and", "or") else _name]
del _name
