# Default values are evaluated once, at definition time.
def make_default():
    print("default evaluated")
    return []

def append_to(item, target=make_default()):
    target.append(item)
    return target

print("defined")
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
print(append_to.__defaults__)

def safe_append(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(safe_append(1), safe_append(2))

value = "first"
def captured(v=value):
    return v
value = "second"
print(captured())

def counter(count={"n": 0}):
    count["n"] += 1
    return count["n"]
print(counter(), counter(), counter())

append_to.__defaults__ = (["replaced"],)
print(append_to(5))
def kwdefault(*, k=[]):
    k.append(len(k))
    return k
print(kwdefault(), kwdefault())
print(kwdefault.__kwdefaults__)
