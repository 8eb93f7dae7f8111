# deleting and inserting while iterating keeps the size: whether the loop
# ends, raises "keys changed" or sees new keys depends on when CPython's
# table resizes (and compacts)
def run(n, extra):
    d = {i: i for i in range(n)}
    seen = []
    try:
        for k in d:
            seen.append(k)
            del d[k]
            d[k + extra] = 0
            if len(seen) > 50:
                break
    except RuntimeError as e:
        print("RuntimeError", e)
    print(n, seen)
for n in range(1, 12):
    run(n, 100)
d = {}
for i in range(20):
    d[i] = i
for i in range(0, 20, 2):
    del d[i]
seen = []
try:
    for k in d:
        seen.append(k)
        del d[k]
        d[k + 1000] = 1
except RuntimeError as e:
    print("RuntimeError", e)
print(seen)
d = dict.fromkeys("abc")
d.popitem()
d["z"] = 1
print(list(d))
