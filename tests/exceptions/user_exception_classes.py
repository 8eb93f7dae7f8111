# Hierarchies of user exceptions and handler selection by class.
class AppError(Exception):
    """Base of this app's errors."""

class ConfigError(AppError):
    def __init__(self, key, message="invalid"):
        super().__init__(f"{key}: {message}")
        self.key = key

class NetworkError(AppError):
    pass

class Timeout(NetworkError):
    def __str__(self):
        return "timed out after " + str(self.args[0]) + "s"

def fail(kind):
    if kind == "config":
        raise ConfigError("port", "must be a number")
    if kind == "timeout":
        raise Timeout(30)
    if kind == "network":
        raise NetworkError("unreachable")
    if kind == "other":
        raise LookupError("unrelated")

for kind in ("config", "timeout", "network", "other", "none"):
    try:
        fail(kind)
    except ConfigError as e:
        print(kind, "-> ConfigError handler:", e, "| key:", e.key)
    except NetworkError as e:
        print(kind, "-> NetworkError handler:", type(e).__name__, e)
    except AppError:
        print(kind, "-> AppError handler")
    except Exception as e:
        print(kind, "-> generic handler:", repr(e))
    else:
        print(kind, "-> no exception")

print(AppError.__doc__, [c.__name__ for c in Timeout.__mro__])
print(repr(Timeout(5)), str(Timeout(5)))
e = ConfigError("host")
print(e.args, e.key, str(e))
