# Name resolution order: local, enclosing, global, builtin.
x = "global"

def enclosing():
    x = "enclosing"
    def local():
        x = "local"
        return x
    def sees_enclosing():
        return x
    return local(), sees_enclosing()

print(enclosing())

def sees_global():
    return x
print(sees_global())

def sees_builtin():
    return abs(-3)
print(sees_builtin())

abs = lambda v: "global abs"
print(sees_builtin())
del abs
print(sees_builtin())

def deep():
    a = 1
    def d2():
        b = 2
        def d3():
            c = 3
            def d4():
                return a + b + c
            return d4()
        return d3()
    return d2()
print(deep())

def param_is_local(x):
    def inner():
        return x
    return inner()
print(param_is_local("param"))

def closure_changes():
    v = 1
    def read():
        return v
    first = read()
    v = 2
    return first, read()
print(closure_changes())
