while x:
    x -= 1
else:
    done()
for x in range(10):
    print(x)
else:
    print("done")
for i, (a, b) in enumerate(pairs):
    pass
for x, in singles:
    pass
for [a, b] in pairs:
    pass
for x.attr in items:
    pass
for x[0] in items:
    pass
for x in 1, 2, 3:
    pass
for x in *a, *b:
    pass
