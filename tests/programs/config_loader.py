class ConfigError(Exception):
    def __init__(self, path, message):
        self.path = path
        super().__init__(f"{'.'.join(path) or '<root>'}: {message}")


SCHEMA = {
    "server": {"host": str, "port": int, "debug": bool},
    "workers": int,
    "paths": [str],
    "limits": {"rate": float, "burst": int},
}


def coerce(value, kind, path):
    if isinstance(kind, dict):
        if not isinstance(value, dict):
            raise ConfigError(path, f"expected a section, got {type(value).__name__}")
        unknown = set(value) - set(kind)
        if unknown:
            raise ConfigError(path, f"unknown keys {sorted(unknown)}")
        return {k: coerce(value[k], sub, path + [k]) for k, sub in kind.items() if k in value}
    if isinstance(kind, list):
        if not isinstance(value, list):
            value = [v.strip() for v in str(value).split(",")]
        return [coerce(v, kind[0], path + [str(i)]) for i, v in enumerate(value)]
    if kind is bool:
        if isinstance(value, str):
            lowered = value.lower()
            if lowered in ("yes", "true", "on", "1"):
                return True
            if lowered in ("no", "false", "off", "0"):
                return False
            raise ConfigError(path, f"not a boolean: {value!r}")
        return bool(value)
    try:
        return kind(value)
    except (TypeError, ValueError) as e:
        raise ConfigError(path, f"cannot convert {value!r} to {kind.__name__}") from e


def parse_ini(text):
    root, section = {}, None
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = root.setdefault(line[1:-1].strip(), {})
            continue
        if "=" not in line:
            raise ConfigError([f"line {lineno}"], f"cannot parse {line!r}")
        key, value = (s.strip() for s in line.split("=", 1))
        (section if section is not None else root)[key] = value
    return root


GOOD = """
workers = 4
paths = /usr/lib, /opt/app ,/tmp
[server]
host = example.org
port = 8080
debug = Yes
[limits]
rate = 2.5
burst = 10
"""
cfg = coerce(parse_ini(GOOD), SCHEMA, [])
for key, value in cfg.items():
    print(f"{key:>8} = {value!r}")

BAD = [
    "[server]\nport = eighty",
    "[server]\ndebug = maybe",
    "workers = 2\n[extra]\nx = 1",
    "[limits]\nrate = fast",
    "just some words",
    "server = 5",
]
for text in BAD:
    try:
        coerce(parse_ini(text), SCHEMA, [])
    except ConfigError as e:
        cause = f" (caused by {type(e.__cause__).__name__}: {e.__cause__})" if e.__cause__ else ""
        print(f"ConfigError: {e}{cause}")


def load_or_die(text):
    try:
        return coerce(parse_ini(text), SCHEMA, [])
    except ConfigError as e:
        raise SystemError(f"fatal configuration problem in {e.path}") from e


print(load_or_die("workers = 8")["workers"])
load_or_die("workers = many")
print("not reached")
