# __new__ returning cached instances: per-key interning, __init__ re-running,
# per-subclass singletons and a thread-safe cache.
import threading


class Color:
    _cache = {}

    def __new__(cls, name):
        key = name.lower()
        obj = cls._cache.get(key)
        if obj is None:
            obj = super().__new__(cls)
            obj.name = key
            obj.inits = 0
            cls._cache[key] = obj
        return obj

    def __init__(self, name):
        self.inits += 1

    def __repr__(self):
        return f"Color({self.name!r})"


r1, r2, g = Color("Red"), Color("RED"), Color("green")
print(r1 is r2, r1, g, r1.inits, g.inits)


class Base:
    _instance = None

    def __new__(cls):
        if cls.__dict__.get("_instance") is None:
            cls._instance = super().__new__(cls)
        return cls._instance


class Left(Base):
    pass


class Right(Base):
    pass


print(Left() is Left(), Right() is Right(), Left() is Right(), Base() is Base())
print(type(Left()).__name__, type(Right()).__name__)


class NoInitRerun:
    _instance = None

    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance._ready = False
        return cls._instance

    def __init__(self, value):
        if self._ready:
            return
        self.value = value
        self._ready = True


print(NoInitRerun(1).value, NoInitRerun(2).value)


class Interned:
    _cache = {}
    _lock = threading.Lock()
    made = 0

    def __new__(cls, key):
        with cls._lock:
            if key not in cls._cache:
                cls.made += 1
                cls._cache[key] = super().__new__(cls)
            return cls._cache[key]


seen = []


def user(keys):
    for k in keys:
        seen.append((k, id(Interned(k))))


threads = [threading.Thread(target=user, args=(["a", "b", "c"] * 5,)) for _ in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(Interned.made, len({i for _, i in seen}), len(seen))
