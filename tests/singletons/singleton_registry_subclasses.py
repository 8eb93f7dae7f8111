# One instance per subclass, registered by __init_subclass__ and looked up
# by name; the base refuses direct instantiation.
class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls._instance = None
        Plugin.registry[name or cls.__name__.lower()] = cls

    def __new__(cls, *args, **kw):
        if cls is Plugin:
            raise TypeError("Plugin is abstract")
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.calls = 0
        return cls._instance

    def __call__(self, x):
        self.calls += 1
        return self.apply(x)


class Upper(Plugin):
    def apply(self, x):
        return x.upper()


class Reverse(Plugin, name="rev"):
    def apply(self, x):
        return x[::-1]


def get(name):
    return Plugin.registry[name]()


print(sorted(Plugin.registry))
print(get("upper")("abc"), get("rev")("abc"), get("upper")("x"))
print(get("upper") is Upper(), get("upper").calls, Reverse().calls)
try:
    Plugin()
except TypeError as e:
    print(e)
print(Upper() is Reverse(), type(get("rev")).__name__)
