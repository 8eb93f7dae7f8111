# Closures capture variables, not values.
def make_multiplier(n):
    def multiply(x):
        return x * n
    return multiply

double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5))
print(double.__closure__ is not None, len(double.__closure__))
print(double.__closure__[0].cell_contents)

def late_binding():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return [f() for f in fns]
print(late_binding())

def early_binding():
    return [(lambda i=i: i)() for i in range(3)]
print(early_binding())

def sees_update():
    x = 1
    def get():
        return x
    x = 2
    return get()
print(sees_update())

def shared_cell():
    value = 0
    def inc():
        nonlocal value
        value += 1
    def get():
        return value
    return inc, get

inc, get = shared_cell()
inc(); inc()
print(get())

def no_closure(x):
    return x
print(no_closure.__closure__)

def outer():
    a = "a"
    def middle():
        b = "b"
        def inner():
            return a + b
        return inner
    return middle()
print(outer()(), len(outer().__closure__))
