from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
class Handler(ABC):
    registry = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        if not getattr(cls, "__abstractmethods__", None):
            Handler.registry.append(cls.__name__)
    @abstractmethod
    def handle(self, event): ...
class Logging(Handler):
    def handle(self, event):
        return f"log {event}"
class Partial(Handler):
    pass
class Upper(Logging):
    def handle(self, event):
        return super().handle(event).upper()
print(Handler.registry)
for cls in (Logging, Upper):
    print(cls().handle("x"))
try:
    Partial()
except TypeError as e:
    print(e)
def dispatch(targets):
    if not isinstance(targets, Iterable):
        targets = [targets]
    return [t("e") if isinstance(t, Callable) else t for t in targets]
print(dispatch(str.upper), dispatch([len, "plain", Upper().handle]))
