def f(**kw):
    return kw
for bad in (1, [1, 2], None):
    try:
        f(**bad)
    except TypeError as e:
        print(e)
    try:
        {**bad}
    except TypeError as e:
        print(e)
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
try:
    dict(**{1: 2})
except TypeError as e:
    print(e)
class KeysOnly:
    def keys(self):
        return ["a"]
try:
    {**KeysOnly()}
except TypeError as e:
    print(e)
try:
    dict(KeysOnly())
except TypeError as e:
    print(e)
