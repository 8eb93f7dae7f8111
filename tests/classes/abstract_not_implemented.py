# Abstract-method patterns without abc: NotImplementedError and template methods.
class Base:
    def run(self):
        return "[" + self.step() + "]"
    def step(self):
        raise NotImplementedError(f"{type(self).__name__} must implement step")

class Impl(Base):
    def step(self):
        return "impl step"

class Forgot(Base):
    pass

print(Impl().run())
try:
    Forgot().run()
except NotImplementedError as e:
    print(type(e).__name__, e)
print(issubclass(NotImplementedError, RuntimeError))
print(type(NotImplemented).__name__, bool(NotImplemented) if False else "NotImplemented is a singleton")

class Plugin:
    hooks = ()
    def apply(self, value):
        for hook in self.hooks:
            value = getattr(self, hook)(value)
        return value

class Upper(Plugin):
    hooks = ("strip", "upper")
    def strip(self, v):
        return v.strip()
    def upper(self, v):
        return v.upper()

print(repr(Upper().apply("  text  ")))
class Broken(Plugin):
    hooks = ("missing_hook",)
try:
    Broken().apply("x")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    raise NotImplementedError
except RuntimeError as e:
    print("caught via RuntimeError:", repr(e))
