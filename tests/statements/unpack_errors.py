# Unpacking error messages.
def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)

def too_few():
    a, b, c = [1, 2]
def too_many():
    a, b = [1, 2, 3]
def too_many_iter():
    a, b = iter(range(10))
def not_iterable():
    a, b = 5
def none_value():
    a, b = None
def star_short():
    a, b, *c, d = (1, 2)
def nested_bad():
    a, (b, c) = 1, (2, 3, 4)
def empty():
    a, = []
def string_many():
    a, b = "abc"
def dict_few():
    a, b, c = {"x": 1}

attempt("too_few", too_few)
attempt("too_many", too_many)
attempt("too_many_iter", too_many_iter)
attempt("not_iterable", not_iterable)
attempt("none_value", none_value)
attempt("star_short", star_short)
attempt("nested_bad", nested_bad)
attempt("empty", empty)
attempt("string_many", string_many)
attempt("dict_few", dict_few)
for bad in [(1, 2, 3), (1,)]:
    try:
        for x, y in [bad]:
            pass
    except ValueError as e:
        print("for", e)
