# Singletons through a class decorator, and functools-free memoised factories.
def singleton(cls):
    instances = {}

    def get_instance(*args, **kwargs):
        if cls not in instances:
            instances[cls] = cls(*args, **kwargs)
        return instances[cls]

    get_instance.__wrapped__ = cls
    return get_instance


@singleton
class Logger:
    def __init__(self, level="INFO"):
        self.level = level
        self.lines = []

    def log(self, msg):
        self.lines.append(f"[{self.level}] {msg}")


a = Logger("DEBUG")
b = Logger()
a.log("one")
b.log("two")
print(a is b, b.level, b.lines)
print(type(Logger).__name__, Logger.__wrapped__.__name__, isinstance(a, Logger.__wrapped__))


class Singleton:
    """A decorator object keeping the instance on itself."""

    def __init__(self, cls):
        self._cls = cls
        self._instance = None

    def __call__(self, *args, **kwargs):
        if self._instance is None:
            self._instance = self._cls(*args, **kwargs)
        return self._instance

    def reset(self):
        self._instance = None


@Singleton
class Registry:
    def __init__(self):
        self.entries = []


r1 = Registry()
r1.entries.append("x")
print(Registry() is r1, Registry().entries)
Registry.reset()
print(Registry() is r1, Registry().entries)


def once(factory):
    made = []

    def get():
        if not made:
            made.append(factory())
        return made[0]

    return get


@once
def connection():
    print("connecting")
    return {"open": True}


print(connection() is connection(), connection())
