# Ends with an uncaught exception that has an explicit cause (raise ... from ...).
class ConfigError(Exception):
    pass

def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad setting {text!r}") from e

print(load("5"))
print(load(" 7 "))
print(load("seven"))
