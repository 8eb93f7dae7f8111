# json.dump writes the pieces CPython's iterencode yields, one write each
import json

class Recorder:
    def __init__(self):
        self.calls = []
    def write(self, s):
        self.calls.append(s)

class Thing:
    pass

docs = [5, "s", None, [], {}, [1, [2, 3], 4], {"a": [1, 2.5, "x", None, {"b": []}], "c": {}},
        [[], {}, [[]], [1, {}]], {"k": {"n": {"m": 1}}}, [Thing(), 1, Thing()], Thing()]
for doc in docs:
    for options in [{}, {"indent": 1}, {"indent": "\t", "sort_keys": True}, {"separators": (",", ":")}]:
        r = Recorder()
        json.dump(doc, r, default=lambda o: {"thing": [1]}, **options)
        print(r.calls)
enc = json.JSONEncoder(indent=2)
print(list(enc.iterencode({"a": [1, {"b": 2}]})))
print(list(enc.iterencode([1, 2], _one_shot=True)))
it = json.JSONEncoder().iterencode([1, 2])
print(next(it), next(it))
print(repr(json.JSONEncoder().iterencode([1, [2]], _one_shot=True)))
