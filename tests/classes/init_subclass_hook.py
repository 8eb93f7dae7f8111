# __init_subclass__ runs for each new subclass, with class keyword arguments.
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kwargs):
        print("__init_subclass__", cls.__name__, name, kwargs)
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)

class Alpha(Plugin):
    pass

class Beta(Plugin, name="custom-beta"):
    pass

class Gamma(Beta):
    pass

print(Plugin.registry)
print(Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name)
print(hasattr(Plugin, "plugin_name"))

try:
    class Bad(Plugin, unknown_option=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Base:
    pass
try:
    class NoHook(Base, flag=True):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Required:
    def __init_subclass__(cls):
        if not hasattr(cls, "required_attr"):
            raise TypeError(f"{cls.__name__} must define required_attr")
class Good(Required):
    required_attr = 1
print("Good defined")
try:
    class Missing(Required):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(type(Plugin.__dict__["__init_subclass__"]).__name__)
