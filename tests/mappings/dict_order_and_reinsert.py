d = {}
for k in "cabd":
    d[k] = 1
print(list(d))
del d["a"]
d["a"] = 2
print(list(d), list(d.items()))
d["c"] = 9
print(list(d.items()))
d2 = dict.fromkeys(range(10))
for i in range(0, 10, 2):
    del d2[i]
d2[0] = 0
print(list(d2), list(reversed(d2)))
