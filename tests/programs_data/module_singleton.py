import helper_settings
import helper_settings as again
from helper_settings import config, get
import sys

helper_settings.set("debug", True)
print(again.get("debug"), get("debug"), helper_settings is again, config is again.config)
config.items["x"] = 1
from helper_settings import config as c2
print(c2.items, "helper_settings" in sys.modules, sys.modules["helper_settings"] is helper_settings)
helper_settings.loaded_count += 1
import helper_settings
print(helper_settings.loaded_count, again.loaded_count)

class Cached:
    _cache = {}
    def __new__(cls, key):
        if key in cls._cache:
            return cls._cache[key]
        obj = super().__new__(cls)
        cls._cache[key] = obj
        return obj
    def __init__(self, key):
        self.inits = getattr(self, "inits", 0) + 1
        self.key = key
a, b, c = Cached("a"), Cached("a"), Cached("b")
print(a is b, a is c, a.inits, c.inits, len(Cached._cache))

class Once:
    _instance = None
    _initialized = False
    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, value=0):
        if self._initialized:
            return
        self.value = value
        type(self)._initialized = True
x, y = Once(5), Once(9)
print(x is y, y.value)
try:
    from helper_settings import missing_name
except ImportError as e:
    print(type(e).__name__, e.name, str(e).split(" (")[0])
try:
    import helper_not_there
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
