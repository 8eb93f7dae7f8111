# Nested function definitions, redefinition and conditional definition.
def outer(flag):
    if flag:
        def pick():
            return "first version"
    else:
        def pick():
            return "second version"
    return pick()

print(outer(True), outer(False))

def redefine():
    def f():
        return 1
    first = f
    def f():
        return 2
    return first(), f()

print(redefine())

def make_many():
    funcs = []
    for i in range(3):
        def f(i=i):
            return i * 10
        funcs.append(f)
    return [fn() for fn in funcs]

print(make_many())

def recursion_inside():
    def walk(n):
        return [] if n == 0 else [n] + walk(n - 1)
    return walk(4)

print(recursion_inside())

def fresh_each_call():
    def inner():
        pass
    return inner

print(fresh_each_call() is fresh_each_call(), fresh_each_call() == fresh_each_call())
print(fresh_each_call().__qualname__)

def deep():
    def a():
        def b():
            def c():
                return "depth 4"
            return c()
        return b()
    return a()
print(deep())
