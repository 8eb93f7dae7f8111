# global in a nested function skips enclosing function scopes.
x = "global"

def outer():
    x = "outer local"
    def inner():
        global x
        x = "set via inner"
        return x
    inner()
    return x

print(outer(), x)

def reader():
    x = "outer"
    def inner():
        global x
        return x
    return inner()

print(reader())

def make_global():
    def deeper():
        global brand_new
        brand_new = "created deep"
    deeper()

make_global()
print(brand_new)

def shadow_then_global():
    y = "enclosing y"
    def inner():
        return y
    def inner_global():
        global y
        return y
    return inner(), inner_global.__name__

print(shadow_then_global())

y = "global y"
def check():
    def g():
        global y
        y += "!"
    g()
    g()
check()
print(y)
