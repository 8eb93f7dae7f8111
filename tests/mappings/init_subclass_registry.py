class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[name or cls.__name__] = cls
class A(Plugin):
    pass
class B(Plugin, name="bee"):
    pass
print(sorted(Plugin.registry), Plugin.registry["bee"] is B)
try:
    class C(Plugin, colour=1):
        pass
except TypeError as e:
    print(e)
