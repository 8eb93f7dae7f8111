# raise with classes, instances, and invalid objects.
def attempt(fn):
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, repr(e), e.args)

def raise_class():
    raise ValueError
def raise_instance():
    raise ValueError("msg", 2)
def raise_non_exception():
    raise 42
def raise_non_exception_class():
    raise int
def raise_none():
    raise None
def raise_from_non_exception():
    raise ValueError from 5
def bare_raise_nothing_active():
    raise

for fn in (raise_class, raise_instance, raise_non_exception, raise_non_exception_class,
           raise_none, raise_from_non_exception, bare_raise_nothing_active):
    print(fn.__name__, end=": ")
    attempt(fn)

class InitFails(Exception):
    def __init__(self):
        raise RuntimeError("constructor failed")
print("init fails", end=": ")
def raise_init_fails():
    raise InitFails
attempt(raise_init_fails)

def raise_inside_expression():
    return [1, 2][5]
attempt(raise_inside_expression)
e = KeyError("reused")
for i in range(2):
    try:
        raise e
    except KeyError as caught:
        print("same object each time:", caught is e)
