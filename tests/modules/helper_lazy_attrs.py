"""A module with PEP 562 module-level __getattr__ and __dir__."""
answer = 42
_deprecated = {"old_name": "new_name"}


def __getattr__(name):
    if name in _deprecated:
        print(f"{name} is deprecated, use {_deprecated[name]}")
        return answer
    if name.startswith("dyn_"):
        return f"made {name[4:]}"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ["answer", "dyn_example", "old_name"]
