"""deque, defaultdict and the namedtuple field descriptor (garter's own
implementation, re-exported by `collections`)."""

from _garter_abc import class_getitem as _class_getitem
from collections.abc import MutableSequence as _MutableSequence

# Ids of the deques whose repr is being computed (a recursive one shows as
# `[...]` inside itself).
_repr_running = set()


def _index(n):
    """`n` as an int, through __index__, with CPython's error."""
    if isinstance(n, int):
        return n
    if hasattr(type(n), "__index__"):
        return type(n).__index__(n)
    raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")


class deque:
    """A double-ended queue: a list with a gap at the front, so that
    appendleft and popleft are amortised O(1)."""

    __module__ = "collections"

    __slots__ = ("_items", "_head", "_maxlen", "_state")

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._items = []
        self._head = 0
        # Re-initialising clears the deque: iterators over it must notice.
        self._state = getattr(self, "_state", 0) + 1
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def __len__(self):
        return len(self._items) - self._head

    def _trim_left(self):
        while len(self._items) - self._head > self._maxlen:
            self._items[self._head] = None
            self._head += 1
        self._compact()

    def _trim_right(self):
        while len(self._items) - self._head > self._maxlen:
            self._items.pop()

    def _compact(self):
        if self._head > 32 and self._head * 2 > len(self._items):
            del self._items[:self._head]
            self._head = 0

    def append(self, x):
        self._state += 1
        self._items.append(x)
        if self._maxlen is not None:
            self._trim_left()

    def appendleft(self, x):
        self._state += 1
        if self._maxlen == 0:
            return
        if self._head == 0:
            gap = max(8, len(self._items))
            self._items[:0] = [None] * gap
            self._head = gap
        self._head -= 1
        self._items[self._head] = x
        if self._maxlen is not None:
            self._trim_right()

    def pop(self):
        if len(self._items) == self._head:
            raise IndexError("pop from an empty deque")
        self._state += 1
        return self._items.pop()

    def popleft(self):
        head = self._head
        items = self._items
        if len(items) == head:
            raise IndexError("pop from an empty deque")
        self._state += 1
        x = items[head]
        items[head] = None
        self._head = head + 1
        if head > 32 and head * 2 > len(items):
            self._compact()
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        if self._maxlen is None:
            self._state += 1
            self._items.extend(iterable)
            return
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._state += 1
        self._items = []
        self._head = 0

    def copy(self):
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, x):
        state = self._state
        n = 0
        for i in range(self._head, len(self._items)):
            v = self._items[i]
            if v is x or v == x:
                n += 1
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return n

    def index(self, x, start=0, stop=None):
        n = len(self)
        if stop is None:
            stop = n
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        state = self._state
        for i in range(start, min(stop, n)):
            v = self._items[self._head + i]
            if v is x or v == x:
                return i
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        raise ValueError(f"{x!r} is not in deque")

    def insert(self, i, x):
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        n = len(self)
        if i < 0:
            i = max(i + n, 0)
        i = min(i, n)
        self._state += 1
        self._items.insert(self._head + i, x)

    def remove(self, x):
        for i in range(len(self)):
            v = self._items[self._head + i]
            if v is x or v == x:
                del self[i]
                return
        raise ValueError(f"{x!r} is not in deque")

    def reverse(self):
        self._state += 1
        items = self._items[self._head:]
        items.reverse()
        self._items = items
        self._head = 0

    def rotate(self, n=1):
        n = _index(n)
        size = len(self)
        if size <= 1:
            return
        n %= size
        if n:
            self._state += 1
            items = self._items[self._head:]
            self._items = items[-n:] + items[:-n]
            self._head = 0

    def _position(self, i):
        if not isinstance(i, int):
            if hasattr(type(i), "__index__"):
                i = type(i).__index__(i)
            else:
                raise TypeError(
                    f"sequence index must be integer, not '{type(i).__name__}'")
        n = len(self)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("deque index out of range")
        return self._head + i

    def __getitem__(self, i):
        return self._items[self._position(i)]

    def __setitem__(self, i, x):
        self._items[self._position(i)] = x

    def __delitem__(self, i):
        pos = self._position(i)
        self._state += 1
        del self._items[pos]

    def __contains__(self, x):
        state = self._state
        for i in range(self._head, len(self._items)):
            v = self._items[i]
            if v is x or v == x:
                return True
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return False

    def __iter__(self):
        state = self._state
        i = 0
        while True:
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            if i >= len(self):
                return
            yield self._items[self._head + i]
            i += 1

    def __reversed__(self):
        state = self._state
        i = len(self) - 1
        while i >= 0:
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            yield self._items[self._head + i]
            i -= 1

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return "[...]"
        _repr_running.add(key)
        try:
            body = repr(self._items[self._head:])
        finally:
            _repr_running.discard(key)
        name = type(self).__name__
        if self._maxlen is None:
            return f"{name}({body})"
        return f"{name}({body}, maxlen={self._maxlen})"

    def __bool__(self):
        return len(self) > 0

    __hash__ = None

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(self._items[self._head:], other._items[other._head:])

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(
                f'can only concatenate deque (not "{type(other).__name__}") to deque')
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        if not isinstance(n, int) and not hasattr(type(n), "__index__"):
            return NotImplemented
        n = _index(n)
        new = type(self)((), self._maxlen)
        items = self._items[self._head:]
        for _ in range(n):
            new.extend(items)
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int) and not hasattr(type(n), "__index__"):
            return NotImplemented
        n = _index(n)
        items = self._items[self._head:]
        self.clear()
        for _ in range(n):
            self.extend(items)
        return self

    __class_getitem__ = classmethod(_class_getitem)


_MutableSequence.register(deque)


class defaultdict(dict):
    """A dict that calls default_factory to make the value of a missing key."""

    __module__ = "collections"

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        return f"{type(self).__name__}({self.default_factory!r}, {dict.__repr__(self)})"

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


class _tuplegetter:
    """The read-only descriptor of one namedtuple field."""

    __module__ = "collections"

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return tuple.__getitem__(instance, self._index)

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __repr__(self):
        return f"_tuplegetter({self._index!r}, {self.__doc__!r})"
