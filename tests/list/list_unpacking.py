# Unpacking into targets and star-expressions with lists
a, b, c = [1, 2, 3]
print(a, b, c)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = [1]
print(init, last)
x, *mid, y = "abcde"
print(x, mid, y)
[p, [q, r]] = [1, [2, 3]]
print(p, q, r)
print([*range(3), *"ab", *[None]], [*[], *()])
lst = [0, 0, 0]
lst[0], lst[2] = "a", "c"
print(lst)
i = 0
i, lst[i] = 1, "x"
print(i, lst)
def t(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
def too_many():
    a, b = [1, 2, 3]
def too_few():
    a, b, c = [1, 2]
def star_few():
    a, b, *c = [1]
def not_iter():
    a, b = 5
t(too_many)
t(too_few)
t(star_few)
t(not_iter)
