"""Higher-order functions and operations on callables (garter's own
implementation): reduce, partial, partialmethod, wraps, update_wrapper,
lru_cache, cache, cached_property, total_ordering, cmp_to_key,
singledispatch and singledispatchmethod."""

__all__ = ["update_wrapper", "wraps", "WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES",
           "total_ordering", "cache", "cmp_to_key", "lru_cache", "reduce",
           "partial", "partialmethod", "singledispatch",
           "singledispatchmethod", "cached_property"]

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__",
                       "__annotations__")
WRAPPER_UPDATES = ("__dict__",)

# Marks "no argument given" where None is a meaningful value.
_MISSING = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Makes `wrapper` look like `wrapped`: copies the `assigned`
    attributes it has, merges the `updated` dicts, and records it as
    `__wrapped__`."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """A decorator applying update_wrapper(wrapper, wrapped, ...)."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


def reduce(*args):
    """reduce(function, iterable[, initial]) -> value

    Applies a two-argument function cumulatively to the items of the
    iterable, from left to right, reducing it to a single value."""
    if len(args) < 2:
        raise TypeError(f"reduce expected at least 2 arguments, got {len(args)}")
    if len(args) > 3:
        raise TypeError(f"reduce expected at most 3 arguments, got {len(args)}")
    function = args[0]
    try:
        items = iter(args[1])
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    if len(args) == 3:
        value = args[2]
    else:
        for value in items:
            break
        else:
            raise TypeError("reduce() of empty iterable with no initial value")
    for item in items:
        value = function(value, item)
    return value


class _ReadOnly:
    """A read-only attribute kept in a slot of the same name with a
    leading underscore."""

    __slots__ = ("_slot",)

    def __init__(self, slot):
        self._slot = slot

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return self._slot.__get__(instance, owner)

    def __set__(self, instance, value):
        raise AttributeError("readonly attribute")

    def __delete__(self, instance):
        raise AttributeError("readonly attribute")


class partial:
    """partial(func, *args, **keywords) - new function with partial
    application of the given arguments and keywords."""

    __module__ = "functools"
    __slots__ = ("_func", "_args", "_keywords", "__dict__")

    def __new__(cls, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func, args = args[0], args[1:]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if type(func) is partial and not func.__dict__:
            args = func._args + args
            keywords = {**func._keywords, **keywords}
            func = func._func
        self = object.__new__(cls)
        self._func = func
        self._args = tuple(args)
        self._keywords = keywords
        return self

    def __call__(self, /, *args, **keywords):
        keywords = {**self._keywords, **keywords}
        return self._func(*self._args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self._func)]
        parts.extend(repr(a) for a in self._args)
        parts.extend(f"{k}={v!r}" for k, v in self._keywords.items())
        name = type(self).__qualname__
        if type(self) is partial:
            name = "functools.partial"
        return f"{name}({', '.join(parts)})"

    def __reduce__(self):
        return (type(self), (self._func,),
                (self._func, self._args, self._keywords or None,
                 self.__dict__ or None))

    def __setstate__(self, state):
        func, args, keywords, namespace = state
        self._func = func
        self._args = tuple(args)
        self._keywords = dict(keywords) if keywords else {}
        if namespace:
            self.__dict__.update(namespace)

    def __class_getitem__(cls, item):
        from _garter_abc import class_getitem
        return class_getitem(cls, item)


partial.func = _ReadOnly(partial._func)
partial.args = _ReadOnly(partial._args)
partial.keywords = _ReadOnly(partial._keywords)


class partialmethod:
    """A partial for methods: binds like the method it wraps, then
    applies the stored arguments after `self`."""

    __module__ = "functools"

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend(f"{k}={v!r}" for k, v in self.keywords.items())
        name = f"{type(self).__module__}.{type(self).__qualname__}"
        return f"{name}({', '.join(parts)})"

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        if isinstance(self.func, partial) or get is None:
            bound = None
        else:
            bound = get(obj, cls)
            if bound is self.func:
                bound = None
        if bound is not None:
            result = partial(bound, *self.args, **self.keywords)
            try:
                result.__self__ = bound.__self__
            except AttributeError:
                pass
            return result
        method = self

        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**method.keywords, **keywords}
            return method.func(cls_or_self, *method.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        if obj is None:
            return _method
        return _method.__get__(obj, cls)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


# ---------------------------------------------------------------- lru_cache

# The named tuple cache_info() returns, made on first use (importing
# collections is the slowest part of importing functools).
_CacheInfo = None


def _cache_info(hits, misses, maxsize, currsize):
    global _CacheInfo
    if _CacheInfo is None:
        from collections import namedtuple
        _CacheInfo = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"])
    return _CacheInfo(hits, misses, maxsize, currsize)

# Separates positional from keyword arguments in a cache key.
_KWD_MARK = object()


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_KWD_MARK,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


def _lru_cache_wrapper(user_function, maxsize, typed):
    """The function lru_cache returns: `user_function` with a
    least-recently-used cache of its results. It is a plain function (not
    an object with __call__) so that a cached recursive function uses one
    level of the recursion limit per call, as CPython's C wrapper does."""
    if not callable(user_function):
        raise TypeError("the first argument must be callable")
    cache = {}
    hits = misses = 0

    if maxsize == 0:
        def wrapper(*args, **kwds):
            nonlocal misses
            misses += 1
            return user_function(*args, **kwds)
    elif maxsize is None:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = _make_key(args, kwds, typed)
            result = cache.get(key, _MISSING)
            if result is not _MISSING:
                hits += 1
                return result
            misses += 1
            result = user_function(*args, **kwds)
            cache[key] = result
            return result
    else:
        def wrapper(*args, **kwds):
            nonlocal hits, misses
            key = _make_key(args, kwds, typed)
            result = cache.get(key, _MISSING)
            if result is not _MISSING:
                hits += 1
                del cache[key]
                cache[key] = result
                return result
            misses += 1
            result = user_function(*args, **kwds)
            if key in cache:
                return result
            cache[key] = result
            if len(cache) > maxsize:
                del cache[next(iter(cache))]
            return result

    def cache_info():
        """Reports cache statistics."""
        return _cache_info(hits, misses, maxsize, len(cache))

    def cache_clear():
        """Clears the cache and its statistics."""
        nonlocal hits, misses
        cache.clear()
        hits = misses = 0

    def cache_parameters():
        return {"maxsize": maxsize, "typed": typed}

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return update_wrapper(wrapper, user_function)


def lru_cache(maxsize=128, typed=False):
    """Decorator caching a function's results, keeping the `maxsize` most
    recently used (all of them when maxsize is None)."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        return _lru_cache_wrapper(maxsize, 128, typed)
    elif maxsize is not None:
        raise TypeError("Expected first argument to be an integer, a callable, or None")

    def decorating_function(user_function):
        return _lru_cache_wrapper(user_function, maxsize, typed)
    return decorating_function


def cache(user_function, /):
    """A simple unbounded cache (lru_cache(maxsize=None))."""
    return lru_cache(maxsize=None)(user_function)


# ----------------------------------------------------------- cached_property

class cached_property:
    """A property computed once per instance, then stored in the
    instance's __dict__ under the same name."""

    __module__ = "functools"

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = getattr(func, "__module__", None)

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError(
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            ) from None
        value = cache.get(self.attrname, _MISSING)
        if value is _MISSING:
            value = self.func(instance)
            try:
                cache[self.attrname] = value
            except TypeError:
                raise TypeError(
                    f"The '__dict__' attribute on {type(instance).__name__!r} "
                    f"instance does not support item assignment for caching "
                    f"{self.attrname!r} property."
                ) from None
        return value

    def __class_getitem__(cls, item):
        from _garter_abc import class_getitem
        return class_getitem(cls, item)


# ------------------------------------------------------------ total_ordering

def _gt_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _le_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _ge_from_lt(self, other):
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _ge_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _lt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _gt_from_le(self, other):
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _lt_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other


def _ge_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other


def _le_from_gt(self, other):
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result


def _le_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other


def _gt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other


def _lt_from_ge(self, other):
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result


_DERIVED = {
    "__lt__": {"__gt__": _gt_from_lt, "__le__": _le_from_lt, "__ge__": _ge_from_lt},
    "__le__": {"__ge__": _ge_from_le, "__lt__": _lt_from_le, "__gt__": _gt_from_le},
    "__gt__": {"__lt__": _lt_from_gt, "__ge__": _ge_from_gt, "__le__": _le_from_gt},
    "__ge__": {"__le__": _le_from_ge, "__gt__": _gt_from_ge, "__lt__": _lt_from_ge},
}


def total_ordering(cls):
    """Class decorator filling in the missing rich comparisons from one
    defined ordering method and __eq__."""
    roots = {name for name in _DERIVED
             if getattr(cls, name, None) is not getattr(object, name, None)}
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    root = max(roots)
    for name, func in _DERIVED[root].items():
        if name not in roots:
            func.__name__ = name
            setattr(cls, name, func)
    return cls


# ---------------------------------------------------------------- cmp_to_key

def cmp_to_key(*args, **kwargs):
    """Converts an old-style cmp= function into a key= function."""
    total = len(args) + len(kwargs)
    if total > 1:
        raise TypeError(f"cmp_to_key() takes at most 1 argument ({total} given)")
    if not args and "mycmp" not in kwargs:
        raise TypeError("cmp_to_key() missing required argument 'mycmp' (pos 1)")
    for key in kwargs:
        if key != "mycmp":
            raise TypeError(f"'{key}' is an invalid keyword argument for cmp_to_key()")
    mycmp = args[0] if args else kwargs["mycmp"]
    return KeyWrapper(mycmp, None)


class KeyWrapper:
    """The key cmp_to_key makes: compares by calling the cmp function.
    Calling one wraps a new object with the same cmp function."""

    __module__ = "functools"
    __slots__ = ("_cmp", "obj")

    def __hash__(self):
        raise TypeError("unhashable type: 'functools.KeyWrapper'")

    def __init__(self, cmp, obj):
        self._cmp = cmp
        self.obj = obj

    def __call__(self, obj):
        return KeyWrapper(self._cmp, obj)

    def _compare(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError("other argument must be K instance")
        return self._cmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._compare(other) < 0

    def __gt__(self, other):
        return self._compare(other) > 0

    def __le__(self, other):
        return self._compare(other) <= 0

    def __ge__(self, other):
        return self._compare(other) >= 0

    def __eq__(self, other):
        return self._compare(other) == 0


# ------------------------------------------------------------ singledispatch

def _is_union(cls):
    return type(cls).__name__ == "UnionType" and type(cls).__module__ == "types"


def _find_impl(cls, registry):
    """The registered implementation for `cls`: the first of its MRO that
    is registered, else a registered class it is a virtual subclass of."""
    mro = cls.__mro__
    for base in mro:
        if base is object:
            break
        if base in registry:
            return registry[base]
    match = None
    for typ in registry:
        if typ in mro or not issubclass(cls, typ):
            continue
        if match is not None and not issubclass(typ, match):
            if issubclass(match, typ):
                continue
            raise RuntimeError(f"Ambiguous dispatch: {match} or {typ}")
        match = typ
    if match is not None:
        return registry[match]
    return registry.get(object)


def singledispatch(func):
    """Makes `func` a single-dispatch generic function: calls go to the
    implementation registered for the type of the first argument."""
    registry = {}
    dispatch_cache = {}

    def dispatch(cls):
        """The implementation singledispatch would choose for `cls`."""
        try:
            return dispatch_cache[cls]
        except KeyError:
            pass
        impl = _find_impl(cls, registry)
        dispatch_cache[cls] = impl
        return impl

    def _valid(cls):
        return isinstance(cls, type)

    def register(cls, func=None):
        """Registers `func` for `cls` (or for the type annotation of its
        first parameter when used as a plain decorator)."""
        if _valid(cls) or _is_union(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(f"Invalid first argument to `register()`. "
                                f"{cls!r} is not a class or union type.")
            annotations = getattr(cls, "__annotations__", {})
            if not annotations:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    "Use either `@register(some_class)` or plain `@register` "
                    "on an annotated function."
                )
            func = cls
            argname, cls = next(iter(annotations.items()))
            if not (_valid(cls) or _is_union(cls)):
                raise TypeError(f"Invalid annotation for {argname!r}. "
                                f"{cls!r} is not a class.")
        if _is_union(cls):
            for arg in cls.__args__:
                registry[arg] = func
        else:
            registry[cls] = func
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f"{funcname} requires at least 1 positional argument")
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, "__name__", "singledispatch function")
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = _MappingProxy(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


def _MappingProxy(mapping):
    return type(type.__dict__)(mapping)


class singledispatchmethod:
    """Single dispatch for methods: dispatches on the first argument after
    self (or cls)."""

    __module__ = "functools"

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)
