"""Functions creating iterators for efficient looping (garter's own
implementation). Every iterator is a class named as CPython's
(`itertools.count`, ...), lazy, consuming its input exactly as CPython's
does."""

__all__ = ["accumulate", "chain", "combinations",
           "combinations_with_replacement", "compress", "count", "cycle",
           "dropwhile", "filterfalse", "groupby", "islice", "pairwise",
           "permutations", "product", "repeat", "starmap", "takewhile", "tee",
           "zip_longest"]

# Marks "no value yet" where None is a meaningful value.
_MISSING = object()


def _count_args(name, args, low, high):
    """CPython's "NAME expected N arguments, got M" checks."""
    n = len(args)
    if low == high and n != low:
        plural = "" if low == 1 else "s"
        raise TypeError(f"{name} expected {low} argument{plural}, got {n}")
    if n < low:
        plural = "" if low == 1 else "s"
        raise TypeError(f"{name} expected at least {low} argument{plural}, got {n}")
    if n > high:
        plural = "" if high == 1 else "s"
        raise TypeError(f"{name} expected at most {high} argument{plural}, got {n}")


def _parse(name, args, kwargs, params, required, kwonly=()):
    """Binds the arguments of NAME(params..., *, kwonly...) with the
    messages of CPython's argument parser; a missing optional argument is
    _MISSING."""
    total = len(args) + len(kwargs)
    most = len(params) + len(kwonly)
    if len(args) > len(params):
        kind = "positional arguments" if kwonly else "arguments"
        raise TypeError(f"{name}() takes at most {len(params)} {kind} ({len(args)} given)")
    if total > most:
        kind = "keyword arguments" if not args else "arguments"
        raise TypeError(f"{name}() takes at most {most} {kind} ({total} given)")
    values = dict(zip(params, args))
    for key, value in kwargs.items():
        if key not in params and key not in kwonly:
            raise TypeError(f"'{key}' is an invalid keyword argument for {name}()")
        if key in values:
            raise TypeError(f"argument for {name}() given by name ('{key}') and "
                            f"position ({params.index(key) + 1})")
        values[key] = value
    for position, param in enumerate(params[:required], 1):
        if param not in values:
            raise TypeError(f"{name}() missing required argument '{param}' (pos {position})")
    return [values.get(param, _MISSING) for param in params + kwonly]


def _no_keywords(name, kwargs):
    if kwargs:
        raise TypeError(f"{name}() takes no keyword arguments")


def _as_index(value):
    """`value` as an int through __index__, with CPython's error."""
    if isinstance(value, int):
        return int(value)
    try:
        method = type(value).__index__
    except AttributeError:
        raise TypeError(f"'{type(value).__name__}' object cannot be "
                        "interpreted as an integer") from None
    return method(value)


def _is_number(value):
    return hasattr(type(value), "__add__") and (
        isinstance(value, (int, float, complex))
        or hasattr(type(value), "__index__")
        or hasattr(type(value), "__float__")
        or hasattr(type(value), "__int__")
        or hasattr(type(value), "__complex__"))


class _Iterator:
    """What every iterator here shares: iter() returns itself."""

    __slots__ = ()

    def __iter__(self):
        return self


class count(_Iterator):
    """count(start=0, step=1) --> start, start+step, start+2*step, ..."""

    __module__ = "itertools"
    __slots__ = ("_value", "_step")

    def __init__(self, *args, **kwargs):
        start, step = _parse("count", args, kwargs, ("start", "step"), 0)
        if start is _MISSING:
            start = 0
        if step is _MISSING:
            step = 1
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        self._value = start
        self._step = step

    def __next__(self):
        value = self._value
        self._value = value + self._step
        return value

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return f"count({self._value!r})"
        return f"count({self._value!r}, {step!r})"


class cycle(_Iterator):
    """cycle(iterable) --> the items of iterable, then again, forever."""

    __module__ = "itertools"
    __slots__ = ("_it", "_saved", "_index")

    def __init__(self, *args, **kwargs):
        _no_keywords("cycle", kwargs)
        _count_args("cycle", args, 1, 1)
        self._it = iter(args[0])
        self._saved = []
        self._index = 0

    def __next__(self):
        if self._it is not None:
            for item in self._it:
                self._saved.append(item)
                return item
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index = (self._index + 1) % len(saved)
        return item


class repeat(_Iterator):
    """repeat(object [,times]) --> object, times times (forever when
    times is not given)."""

    __module__ = "itertools"
    __slots__ = ("_object", "_times")

    def __init__(self, *args, **kwargs):
        names = ("object", "times")
        if len(args) > 2:
            raise TypeError(f"repeat() takes at most 2 arguments ({len(args)} given)")
        values = dict(zip(names, args))
        for key, value in kwargs.items():
            if key not in names:
                raise TypeError(f"repeat() got an unexpected keyword argument '{key}'")
            if key in values:
                position = names.index(key) + 1
                raise TypeError(f"argument for repeat() given by name ('{key}') "
                                f"and position ({position})")
            values[key] = value
        if "object" not in values:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        self._object = values["object"]
        times = values.get("times")
        if times is not None:
            times = max(0, _as_index(times))
        self._times = times

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._object

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return f"repeat({self._object!r})"
        return f"repeat({self._object!r}, {self._times})"


class accumulate(_Iterator):
    """accumulate(iterable, func=None, *, initial=None) --> running
    results of func (addition by default)."""

    __module__ = "itertools"
    __slots__ = ("_it", "_func", "_total", "_initial")

    def __init__(self, *args, **kwargs):
        iterable, func, initial = _parse("accumulate", args, kwargs,
                                         ("iterable", "func"), 1, ("initial",))
        func = None if func is _MISSING else func
        initial = None if initial is _MISSING else initial
        self._it = iter(iterable)
        self._func = func
        self._total = _MISSING
        self._initial = initial

    def __next__(self):
        if self._initial is not None:
            self._total = self._initial
            self._initial = None
            return self._total
        item = next(self._it)
        total = self._total
        if total is _MISSING:
            total = item
        elif self._func is None:
            total = total + item
        else:
            total = self._func(total, item)
        self._total = total
        return total


class chain(_Iterator):
    """chain(*iterables) --> the items of the first iterable, then of the
    next, and so on."""

    __module__ = "itertools"
    __slots__ = ("_sources", "_active")

    def __init__(self, *iterables, **kwargs):
        _no_keywords("chain", kwargs)
        self._sources = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, *args):
        """chain.from_iterable(iterable) --> chain over the iterables that
        iterable yields, taken lazily."""
        if len(args) != 1:
            raise TypeError("chain.from_iterable() takes exactly one argument "
                            f"({len(args)} given)")
        self = cls.__new__(cls)
        self._sources = iter(args[0])
        self._active = None
        return self

    def __next__(self):
        while True:
            if self._active is None:
                if self._sources is None:
                    raise StopIteration
                try:
                    source = next(self._sources)
                except StopIteration:
                    self._sources = None
                    raise
                self._active = iter(source)
            for item in self._active:
                return item
            self._active = None

    def __class_getitem__(cls, item):
        from _garter_abc import class_getitem
        return class_getitem(cls, item)


class compress(_Iterator):
    """compress(data, selectors) --> the items of data whose selector is
    true."""

    __module__ = "itertools"
    __slots__ = ("_data", "_selectors")

    def __init__(self, *args, **kwargs):
        data, selectors = _parse("compress", args, kwargs, ("data", "selectors"), 2)
        self._data = iter(data)
        self._selectors = iter(selectors)

    def __next__(self):
        while True:
            item = next(self._data)
            if next(self._selectors):
                return item


class dropwhile(_Iterator):
    """dropwhile(predicate, iterable) --> the items of iterable from the
    first one for which predicate is false."""

    __module__ = "itertools"
    __slots__ = ("_predicate", "_it", "_dropping")

    def __init__(self, *args, **kwargs):
        _no_keywords("dropwhile", kwargs)
        _count_args("dropwhile", args, 2, 2)
        self._predicate = args[0]
        self._it = iter(args[1])
        self._dropping = True

    def __next__(self):
        if not self._dropping:
            return next(self._it)
        while True:
            item = next(self._it)
            if not self._predicate(item):
                self._dropping = False
                return item


class takewhile(_Iterator):
    """takewhile(predicate, iterable) --> the items of iterable while
    predicate is true for them."""

    __module__ = "itertools"
    __slots__ = ("_predicate", "_it")

    def __init__(self, *args, **kwargs):
        _no_keywords("takewhile", kwargs)
        _count_args("takewhile", args, 2, 2)
        self._predicate = args[0]
        self._it = iter(args[1])

    def __next__(self):
        if self._it is None:
            raise StopIteration
        item = next(self._it)
        if self._predicate(item):
            return item
        self._it = None
        raise StopIteration


class filterfalse(_Iterator):
    """filterfalse(function or None, iterable) --> the items of iterable
    for which function (or the item itself) is false."""

    __module__ = "itertools"
    __slots__ = ("_predicate", "_it")

    def __init__(self, *args, **kwargs):
        _no_keywords("filterfalse", kwargs)
        _count_args("filterfalse", args, 2, 2)
        self._predicate = args[0]
        self._it = iter(args[1])

    def __next__(self):
        predicate = self._predicate
        while True:
            item = next(self._it)
            if predicate is None:
                if not item:
                    return item
            elif not predicate(item):
                return item


class groupby(_Iterator):
    """groupby(iterable, key=None) --> (key, group) pairs for runs of
    consecutive items with equal keys."""

    __module__ = "itertools"
    __slots__ = ("_it", "_keyfunc", "_target", "_key", "_value", "_current")

    def __init__(self, *args, **kwargs):
        iterable, key = _parse("groupby", args, kwargs, ("iterable", "key"), 1)
        self._it = iter(iterable)
        self._keyfunc = None if key is _MISSING else key
        self._target = _MISSING
        self._key = _MISSING
        self._value = _MISSING
        self._current = None

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._value = value
        self._key = key

    def __next__(self):
        self._current = None
        while True:
            if self._key is _MISSING:
                pass
            elif self._target is _MISSING:
                break
            elif not self._target == self._key:
                break
            self._step()
        self._target = self._key
        grouper = _grouper(self, self._target)
        self._current = grouper
        return (self._key, grouper)


class _grouper(_Iterator):
    """One group of a groupby: valid until the groupby moves on."""

    __module__ = "itertools"
    __slots__ = ("_parent", "_target")

    def __init__(self, parent, target):
        self._parent = parent
        self._target = target

    def __next__(self):
        parent = self._parent
        if parent._current is not self:
            raise StopIteration
        if parent._value is _MISSING:
            parent._step()
        if not self._target == parent._key:
            raise StopIteration
        value = parent._value
        parent._value = _MISSING
        return value


class islice(_Iterator):
    """islice(iterable, stop) or islice(iterable, start, stop[, step])
    --> the selected items of iterable, like a slice of a list."""

    __module__ = "itertools"
    __slots__ = ("_it", "_next", "_stop", "_step", "_count")

    def __init__(self, *args, **kwargs):
        _no_keywords("islice", kwargs)
        _count_args("islice", args, 2, 4)
        start, step = 0, 1
        if len(args) == 2:
            stop = args[1]
        else:
            start, stop = args[1], args[2]
            if len(args) == 4:
                step = args[3]
        if stop is not None:
            stop = self._bound(stop, "Stop argument for islice() must be None "
                                     "or an integer: 0 <= x <= sys.maxsize.")
        if start is None:
            start = 0
        else:
            start = self._bound(start, "Indices for islice() must be None or "
                                       "an integer: 0 <= x <= sys.maxsize.")
        if step is None:
            step = 1
        else:
            step = self._bound(step, "Step for islice() must be a positive "
                                     "integer or None.", positive=True)
        self._it = iter(args[0])
        self._next = start
        self._stop = stop
        self._step = step
        self._count = 0

    @staticmethod
    def _bound(value, message, positive=False):
        try:
            value = _as_index(value)
        except TypeError:
            raise ValueError(message) from None
        if value < (1 if positive else 0) or value > 9223372036854775807:
            raise ValueError(message)
        return value

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        try:
            while self._count < self._next:
                next(it)
                self._count += 1
            if stop is not None and self._count >= stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._count += 1
        self._next += self._step
        if stop is not None and self._next > stop:
            self._next = stop
        return item


class pairwise(_Iterator):
    """pairwise(iterable) --> (a, b), (b, c), (c, d), ..."""

    __module__ = "itertools"
    __slots__ = ("_it", "_previous")

    def __init__(self, *args, **kwargs):
        _no_keywords("pairwise", kwargs)
        _count_args("pairwise", args, 1, 1)
        self._it = iter(args[0])
        self._previous = _MISSING

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        try:
            if self._previous is _MISSING:
                self._previous = next(it)
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        pair = (self._previous, item)
        self._previous = item
        return pair


class starmap(_Iterator):
    """starmap(function, iterable) --> function(*args) for each args in
    iterable."""

    __module__ = "itertools"
    __slots__ = ("_function", "_it")

    def __init__(self, *args, **kwargs):
        _no_keywords("starmap", kwargs)
        _count_args("starmap", args, 2, 2)
        self._function = args[0]
        self._it = iter(args[1])

    def __next__(self):
        return self._function(*tuple(next(self._it)))


class _TeeLink:
    """One cell of the buffer the tees of one iterator share."""

    __slots__ = ("value", "next")

    def __init__(self):
        self.value = _MISSING
        self.next = None


class _TeeSource:
    __slots__ = ("it", "running")

    def __init__(self, it):
        self.it = it
        self.running = False


class _tee(_Iterator):
    """One of the independent iterators tee() returns."""

    __module__ = "itertools"
    __slots__ = ("_source", "_link")

    def __init__(self, iterable):
        if isinstance(iterable, _tee):
            self._source = iterable._source
            self._link = iterable._link
            return
        self._source = _TeeSource(iter(iterable))
        self._link = _TeeLink()

    def __next__(self):
        link = self._link
        if link.value is _MISSING:
            source = self._source
            if source.running:
                raise RuntimeError("cannot re-enter the tee iterator")
            source.running = True
            try:
                value = next(source.it)
            finally:
                source.running = False
            if link.value is _MISSING:
                link.value = value
                link.next = _TeeLink()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self)


def tee(*args, **kwargs):
    """tee(iterable, n=2) --> tuple of n independent iterators."""
    if kwargs:
        raise TypeError("itertools.tee() takes no keyword arguments")
    _count_args("tee", args, 1, 2)
    iterable = args[0]
    n = _as_index(args[1]) if len(args) > 1 else 2
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    if hasattr(type(it), "__copy__"):
        first = it.__copy__()
    else:
        first = _tee(it)
    result = [first]
    for _ in range(n - 1):
        result.append(result[0].__copy__())
    return tuple(result)


class zip_longest(_Iterator):
    """zip_longest(*iterables, fillvalue=None) --> tuples of the items of
    each iterable, padding the shorter ones with fillvalue."""

    __module__ = "itertools"
    __slots__ = ("_its", "_active", "_fill")

    def __init__(self, *iterables, **kwargs):
        fill = None
        for key, value in kwargs.items():
            if key != "fillvalue":
                raise TypeError("zip_longest() got an unexpected keyword argument")
            fill = value
        self._its = [iter(it) for it in iterables]
        self._active = len(self._its)
        self._fill = fill

    def __next__(self):
        its = self._its
        if not its or self._active == 0:
            raise StopIteration
        result = []
        for i, it in enumerate(its):
            if it is None:
                result.append(self._fill)
                continue
            try:
                result.append(next(it))
            except StopIteration:
                self._active -= 1
                if self._active == 0:
                    raise
                its[i] = None
                result.append(self._fill)
        return tuple(result)


class product(_Iterator):
    """product(*iterables, repeat=1) --> the cartesian product, as tuples,
    the rightmost element advancing fastest."""

    __module__ = "itertools"
    __slots__ = ("_pools", "_indices", "_done")

    def __init__(self, *iterables, **kwargs):
        repeat = 1
        for key, value in kwargs.items():
            if key != "repeat":
                raise TypeError(f"'{key}' is an invalid keyword argument for product()")
            repeat = _as_index(value)
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(it) for it in iterables] * repeat
        self._pools = pools
        self._indices = None
        self._done = any(len(pool) == 0 for pool in pools)

    def __next__(self):
        if self._done:
            raise StopIteration
        pools = self._pools
        indices = self._indices
        if indices is None:
            self._indices = [0] * len(pools)
            return tuple([pool[0] for pool in pools])
        i = len(pools) - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        else:
            self._done = True
            raise StopIteration
        return tuple([pool[k] for pool, k in zip(pools, indices)])


def _check_r(name, r, required):
    if r is None and not required:
        return None
    if not isinstance(r, int) and not hasattr(type(r), "__index__"):
        if name == "permutations":
            raise TypeError("Expected int as r")
    r = _as_index(r)
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


class permutations(_Iterator):
    """permutations(iterable, r=None) --> successive r-length orderings of
    the items of iterable, in lexicographic index order."""

    __module__ = "itertools"
    __slots__ = ("_pool", "_r", "_indices", "_cycles", "_started")

    def __init__(self, *args, **kwargs):
        iterable, r = _parse("permutations", args, kwargs, ("iterable", "r"), 1)
        pool = tuple(iterable)
        r = _check_r("permutations", None if r is _MISSING else r, False)
        n = len(pool)
        self._r = n if r is None else r
        self._pool = pool
        self._indices = None if self._r > n else list(range(n))
        self._cycles = list(range(n, n - self._r, -1))
        self._started = False

    def __next__(self):
        pool, r, indices, cycles = self._pool, self._r, self._indices, self._cycles
        if indices is None:
            raise StopIteration
        if not self._started:
            self._started = True
            return tuple([pool[i] for i in indices[:r]])
        n = len(pool)
        for i in range(r - 1, -1, -1):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                return tuple([pool[k] for k in indices[:r]])
        self._indices = None
        raise StopIteration


class combinations(_Iterator):
    """combinations(iterable, r) --> successive r-length combinations of
    the items of iterable, in lexicographic index order."""

    __module__ = "itertools"
    __slots__ = ("_pool", "_r", "_indices", "_started")

    def __init__(self, *args, **kwargs):
        iterable, r = _parse("combinations", args, kwargs, ("iterable", "r"), 2)
        pool = tuple(iterable)
        r = _check_r("combinations", r, True)
        self._pool = pool
        self._r = r
        self._indices = None if r > len(pool) else list(range(r))
        self._started = False

    def __next__(self):
        pool, r, indices = self._pool, self._r, self._indices
        if indices is None:
            raise StopIteration
        if not self._started:
            self._started = True
            return tuple([pool[i] for i in indices])
        n = len(pool)
        for i in range(r - 1, -1, -1):
            if indices[i] != i + n - r:
                break
        else:
            self._indices = None
            raise StopIteration
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        return tuple([pool[k] for k in indices])


class combinations_with_replacement(_Iterator):
    """combinations_with_replacement(iterable, r) --> successive r-length
    combinations of the items of iterable, each item repeatable."""

    __module__ = "itertools"
    __slots__ = ("_pool", "_r", "_indices", "_started")

    def __init__(self, *args, **kwargs):
        iterable, r = _parse("combinations_with_replacement", args, kwargs,
                             ("iterable", "r"), 2)
        pool = tuple(iterable)
        r = _check_r("combinations_with_replacement", r, True)
        self._pool = pool
        self._r = r
        self._indices = None if not pool and r > 0 else [0] * r
        self._started = False

    def __next__(self):
        pool, r, indices = self._pool, self._r, self._indices
        if indices is None:
            raise StopIteration
        if not self._started:
            self._started = True
            return tuple([pool[i] for i in indices])
        n = len(pool)
        for i in range(r - 1, -1, -1):
            if indices[i] != n - 1:
                break
        else:
            self._indices = None
            raise StopIteration
        indices[i:] = [indices[i] + 1] * (r - i)
        return tuple([pool[k] for k in indices])
