"""A module-level singleton: the module object itself is the one instance."""
print("loading helper_settings")
_values = {"debug": False}
loaded_count = 0

def get(key, default=None):
    return _values.get(key, default)

def set(key, value):
    _values[key] = value

class _Config:
    def __init__(self):
        self.items = {}
config = _Config()
