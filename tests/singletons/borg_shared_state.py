# The Borg pattern: every instance uses one class-level dict as its __dict__.
class Borg:
    _shared_state = {}

    def __init__(self):
        self.__dict__ = self._shared_state


class Config(Borg):
    def __init__(self, **settings):
        super().__init__()
        self.__dict__.update(settings)

    def __repr__(self):
        return f"Config({sorted(self.__dict__.items())})"


a = Config(debug=True)
b = Config(level=3)
print(a is b, a.__dict__ is b.__dict__, a.__dict__ is Borg._shared_state)
print(a, b)
a.level = 5
print(b.level)
Borg._shared_state["name"] = "shared"
print(a.name, b.name)
del b.debug
print(hasattr(a, "debug"), sorted(Borg._shared_state))
print(vars(a) is Borg._shared_state)
