from collections.abc import MutableMapping
class CaseInsensitive(MutableMapping):
    def __init__(self, data=(), **kw):
        self._store = {}
        self.update(data, **kw)
    def __setitem__(self, key, value):
        self._store[key.lower()] = (key, value)
    def __getitem__(self, key):
        return self._store[key.lower()][1]
    def __delitem__(self, key):
        del self._store[key.lower()]
    def __iter__(self):
        return (orig for orig, _ in self._store.values())
    def __len__(self):
        return len(self._store)
    def __repr__(self):
        return f"CaseInsensitive({dict(self.items())!r})"
h = CaseInsensitive({"Content-Type": "text"}, Accept="*/*")
print(h["content-type"], h.get("ACCEPT"), "accept" in h, len(h), h)
h["CONTENT-TYPE"] = "json"
print(list(h), h == {"CONTENT-TYPE": "json", "Accept": "*/*"})
del h["accept"]
print(h, h.pop("missing", None), h.setdefault("X-New", "1"), dict(h))
try:
    h["nope"]
except KeyError as e:
    print("KeyError", e)
print("{content-type}".format_map(h) if False else sorted(h.keys()))
