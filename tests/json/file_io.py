# dump and load with file-like objects defined here
import json

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def getvalue(self):
        return "".join(self.parts)

class Source:
    def __init__(self, text):
        self.text = text
        self.reads = 0
    def read(self):
        self.reads += 1
        return self.text

config = {"server": {"host": "localhost", "port": 8080, "tls": False},
          "users": [{"name": "ann", "roles": ["admin"]}, {"name": "bob", "roles": []}],
          "limits": {"rate": 2.5, "burst": 10}}
sink = Sink()
json.dump(config, sink)
print(sink.getvalue())
sink = Sink()
json.dump(config, sink, indent=2, sort_keys=True)
print(sink.getvalue())
src = Source(sink.getvalue())
print(json.load(src) == config, src.reads)
print(json.load(Source(b'{"raw": "bytes"}')))
print(json.load(Source('[1.5, 2]'), parse_float=str))
try:
    json.load(Source('{"broken": }'))
except json.JSONDecodeError as e:
    print(type(e).__name__, e)
try:
    json.dump({1j: 1}, Sink())
except TypeError as e:
    print(type(e).__name__, e)

class NoWrite:
    pass

try:
    json.dump([1], NoWrite())
except AttributeError as e:
    print(type(e).__name__, e)
