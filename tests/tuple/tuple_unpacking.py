# Tuple packing, unpacking, swapping, starred targets and errors
a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
first, *rest = (1, 2, 3)
print(first, rest, type(rest).__name__)
*init, last = "xyz"
print(init, last)
a, *b, c = range(6)
print(a, b, c)
for i, (k, v) in enumerate({"p": 1, "q": 2}.items()):
    print(i, k, v)
def pair():
    return 7, 8
p, q = pair()
print(p, q, pair())
t = (*range(2), *"ab", *(None,))
print(t)
def t_(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
def many():
    a, b = (1, 2, 3)
def few():
    a, b, c = (1, 2)
def star_few():
    a, *b, c, d = (1, 2)
def none_iter():
    a, b = None
def gen_many():
    a, b = (i for i in range(5))
t_(many)
t_(few)
t_(star_few)
t_(none_iter)
t_(gen_many)
