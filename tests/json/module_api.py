# the module's names and classes
import json
import json.decoder
import json.encoder

print(sorted(n for n in json.__all__))
print(json.JSONDecoder.__name__, json.JSONEncoder.__name__, json.JSONDecodeError.__name__)
print(json.JSONDecodeError.__module__, json.JSONEncoder.__module__, json.JSONDecoder.__module__)
print(issubclass(json.JSONDecodeError, ValueError))
print(json.encoder.JSONEncoder is json.JSONEncoder, json.decoder.JSONDecoder is json.JSONDecoder)
print(json.encoder.INFINITY)
print(json.decoder.scanstring('"hello" rest', 1))
print(json.decoder.scanstring('x"a\\nb"', 2))
try:
    json.decoder.scanstring('"abc', 1)
except json.JSONDecodeError as e:
    print(type(e).__name__, e)
try:
    json.dumps([1], nonsense=True)
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.loads("[1]", nonsense=True)
except TypeError as e:
    print(type(e).__name__, e)
try:
    json.dumps([1], 2)
except TypeError as e:
    print(type(e).__name__, e)
e = json.JSONDecoder()
print(e.decode("  [1]  "), e.object_hook, e.object_pairs_hook)
try:
    e.decode(b"[1]")
except TypeError as err:
    print(type(err).__name__, err)
