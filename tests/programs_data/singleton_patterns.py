import threading

class Registry:
    _instance = None
    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.items = {}
        return cls._instance
    def __init__(self, name="default"):
        self.name = name
    def register(self, key, value):
        if key in self.items:
            raise KeyError(f"duplicate key {key!r}")
        self.items[key] = value

r1 = Registry("first")
r2 = Registry("second")
r1.register("a", 1)
print(r1 is r2, r1.name, r2.items)
try:
    r2.register("a", 2)
except KeyError as e:
    print(type(e).__name__, e)

class SingletonMeta(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class Database(metaclass=SingletonMeta):
    def __init__(self, url):
        self.url = url
        print("connecting", url)
class Logger(metaclass=SingletonMeta):
    pass
d1 = Database("sqlite://a")
d2 = Database("sqlite://b")
print(d1 is d2, d2.url, Logger() is Logger(), Logger() is d1, type(Database).__name__)

def singleton(cls):
    instances = {}
    def get(*args, **kwargs):
        if cls not in instances:
            instances[cls] = cls(*args, **kwargs)
        return instances[cls]
    get.__name__ = cls.__name__
    return get
@singleton
class Settings:
    def __init__(self, **opts):
        self.opts = opts
s = Settings(debug=True)
print(s is Settings(debug=False), s.opts, Settings.__name__)

class Borg:
    _shared = {}
    def __init__(self):
        self.__dict__ = self._shared
class State(Borg):
    def __init__(self, v=None):
        super().__init__()
        if v is not None:
            self.v = v
a, b = State(1), State()
print(a is b, b.v, vars(b))
b.v = 7
print(a.v)

class Counter:
    _lock = threading.Lock()
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            with cls._lock:
                if cls._instance is None:
                    inst = super().__new__(cls)
                    inst.count = 0
                    cls._instance = inst
        return cls._instance
    def incr(self):
        with self._lock:
            self.count += 1

def worker():
    for _ in range(100):
        Counter().incr()
threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print(Counter().count, Counter._lock.locked())

class Sub(Registry):
    pass
print(Sub() is Registry(), type(Sub()).__name__)
class NoNew:
    def __new__(cls, x):
        return 42
print(NoNew(1))
class Other:
    def __new__(cls):
        return object.__new__(Registry)
    def __init__(self):
        print("never")
print(type(Other()).__name__)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class X:
        def __init__(self):
            return 5
    X()
except TypeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
class Y:
    pass
try:
    Y(1)
except TypeError as e:
    print(type(e).__name__, e)
class Z:
    def __init__(self):
        pass
try:
    Z(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
