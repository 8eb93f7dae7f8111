# typing's star import, context-manager aliases and small helpers.
from typing import *
print(sorted(k for k in dir() if not k.startswith("_"))[:10])
print("T" in dir(), ContextManager, ContextManager[int], AsyncContextManager)
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): pass
print(isinstance(CM(), ContextManager), isinstance(3, ContextManager), isinstance(3 + 0j, SupportsComplex), isinstance(b"", SupportsBytes))
class TD(TypedDict):
    a: int
print(is_typeddict(TD), is_typeddict(dict), get_overloads(print))
import typing
print(len(typing.__all__) > 80)
