# Printing and comparing data nested 100 levels deep.
nested = []
current = nested
for i in range(100):
    inner = []
    current.append(inner)
    current = inner
text = repr(nested)
print(len(text), text[:12], text[-12:])

deep_tuple = ()
for i in range(100):
    deep_tuple = (i, deep_tuple)
print(str(deep_tuple)[:30])
print(deep_tuple[1][1][0])

deep_dict = {}
node = deep_dict
for i in range(100):
    node["k"] = {}
    node = node["k"]
print(str(deep_dict).count("{"), str(deep_dict)[:20])

copy = []
cur = copy
for i in range(100):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(copy == nested, copy is nested)

def depth(x):
    d = 0
    while isinstance(x, list) and x:
        x = x[0]
        d += 1
    return d
print(depth(nested))

def rec_depth(x):
    return 1 + max((rec_depth(c) for c in x), default=0) if isinstance(x, list) else 0
print(rec_depth(nested))
print(str(deep_tuple).count("("), len(str(deep_tuple)))
