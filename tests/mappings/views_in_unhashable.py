d = {1: 2}
try:
    print([1] in d.keys())
except TypeError as e:
    print(e)
try:
    print(([1], 2) in d.items())
except TypeError as e:
    print(e)
print((1, 2) in d.items(), (1, 2, 3) in d.items(), "ab" in d.items())
e = {"a": [1, 2]}
print(("a", [1, 2]) in e.items(), [1, 2] in e.values())
try:
    e.items() | {1}
except TypeError as ex:
    print(ex)
print(d.keys() & [[1]] if False else "skip")
try:
    d.keys() & [[1]]
except TypeError as ex:
    print(ex)
