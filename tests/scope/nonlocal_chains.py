# nonlocal binds to the nearest enclosing function scope that has the name.
def level1():
    x = "L1"
    y = "L1"
    def level2():
        x = "L2"
        def level3():
            nonlocal x, y
            x = x + "+L3"
            y = y + "+L3"
        level3()
        return x
    inner_x = level2()
    return x, y, inner_x

print(level1())

def counter_chain():
    total = 0
    def add(n):
        def really_add():
            nonlocal total
            total += n
        really_add()
        return total
    return add

add = counter_chain()
print(add(1), add(10), add(100))

def nonlocal_through_skip():
    v = "outer"
    def middle():
        def inner():
            nonlocal v
            v = "changed from inner"
        inner()
    middle()
    return v

print(nonlocal_through_skip())

def nonlocal_loop():
    last = None
    def each(items):
        nonlocal last
        for last in items:
            pass
    each([1, 2, 3])
    return last
print(nonlocal_loop())

def nonlocal_in_lambda_default():
    n = 5
    def bump():
        nonlocal n
        n += 1
        return lambda k=n: k
    first = bump()
    second = bump()
    return first(), second(), n
print(nonlocal_in_lambda_default())
