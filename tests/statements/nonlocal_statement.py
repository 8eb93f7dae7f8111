# nonlocal rebinding of enclosing function variables.
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc

c1 = counter()
c2 = counter()
print(c1(), c1(), c1(), c2())

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "set by inner"
        inner()
        return x
    result = middle()
    return result, x

print(outer())

def two_vars():
    a = 1
    b = 2
    def swap():
        nonlocal a, b
        a, b = b, a
    swap()
    return a, b

print(two_vars())

def shadowing():
    x = "level1"
    def level2():
        x = "level2"
        def level3():
            nonlocal x
            x = "changed by level3"
        level3()
        return x
    return level2(), x

print(shadowing())

def delete_nonlocal():
    v = 1
    def remove():
        nonlocal v
        del v
    remove()
    try:
        return v
    except NameError as e:
        return type(e).__name__ + ": " + str(e)

print(delete_nonlocal())
