# In a class body, only the first iterable of a comprehension can see class names.
class Config:
    names = ["a", "b", "c"]
    prefix = "opt_"
    upper = [n.upper() for n in names]
    try:
        prefixed = [prefix + n for n in names]
    except NameError as e:
        prefixed = f"NameError: {e}"
    try:
        crossed = [(n, m) for n in names for m in names]
    except NameError as e:
        crossed = f"NameError: {e}"
    try:
        filtered = [n for n in names if n in names[:2]]
    except NameError as e:
        filtered = f"NameError: {e}"
    lengths = {n: len(n) for n in names}
    try:
        as_gen = list(n + prefix for n in names)
    except NameError as e:
        as_gen = f"NameError: {e}"
    workaround = (lambda prefix=prefix, names=names: [prefix + n for n in names])()

for attr in ("upper", "prefixed", "crossed", "filtered", "lengths", "as_gen", "workaround"):
    print(attr, getattr(Config, attr))

prefix = "global_"
class SeesGlobal:
    prefix = "class_"
    values = [prefix + s for s in "xy"]
print(SeesGlobal.values)
