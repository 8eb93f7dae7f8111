# Singletons through a metaclass: __call__ hands back the cached instance.
class SingletonMeta(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print(f"creating {cls.__name__}{args}")
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Database(metaclass=SingletonMeta):
    def __init__(self, url="sqlite://"):
        self.url = url


class Cache(metaclass=SingletonMeta):
    pass


d1 = Database("pg://main")
d2 = Database("ignored://")
print(d1 is d2, d2.url)
c1, c2 = Cache(), Cache()
print(c1 is c2, c1 is d1)
print(type(Database).__name__, isinstance(d1, Database))


class SubDatabase(Database):
    pass


s = SubDatabase("sub://")
print(s is d1, s.url, SubDatabase() is s)
print(sorted(k.__name__ for k in SingletonMeta._instances))


# a metaclass singleton made thread safe, used from threads
import threading


class LockedMeta(type):
    _lock = threading.Lock()
    _instances = {}

    def __call__(cls, *args, **kwargs):
        with cls._lock:
            if cls not in cls._instances:
                cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Pool(metaclass=LockedMeta):
    made = 0

    def __init__(self):
        Pool.made += 1


got = []
threads = [threading.Thread(target=lambda: got.append(Pool())) for _ in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(Pool.made, len({id(p) for p in got}))
