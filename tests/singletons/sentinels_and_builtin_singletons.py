# Builtin singletons and user sentinel objects.
print(type(None)() is None, type(...)() is ..., type(NotImplemented)() is NotImplemented)
print(bool() is False, (1 == 1) is True)
print(repr(None), repr(...), repr(NotImplemented))


class _Missing:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self):
        return "<MISSING>"

    def __bool__(self):
        return False

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


MISSING = _Missing()


def lookup(d, key, default=MISSING):
    value = d.get(key, MISSING)
    if value is MISSING:
        if default is MISSING:
            raise KeyError(key)
        return default
    return value


print(MISSING, _Missing() is MISSING, bool(MISSING))
print(lookup({"a": None}, "a"), lookup({}, "b", 0))
try:
    lookup({}, "c")
except KeyError as e:
    print("KeyError", e)
print(MISSING.__copy__() is MISSING, MISSING.__deepcopy__({}) is MISSING)

END = object()
it = iter([1, 2])
print([next(it, END) is END for _ in range(3)])
