class M:
    def keys(self):
        return ["a", "b"]
    def __getitem__(self, k):
        if k == "b":
            raise KeyError("inner " + k)
        return 1
try:
    dict(M())
except KeyError as e:
    print("KeyError", e)
try:
    {**M()}
except KeyError as e:
    print("KeyError", e)
def f(**kw):
    pass
try:
    f(**M())
except KeyError as e:
    print("KeyError", e)
class Bad:
    def __getitem__(self, k):
        raise KeyError(k)
try:
    "{x}".format_map(Bad())
except KeyError as e:
    print("KeyError", e)
class NoKeys:
    pass
try:
    {**NoKeys()}
except TypeError as e:
    print(e)
try:
    f(**NoKeys())
except TypeError as e:
    print(e)
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
