global_var = 0
def f():
    global global_var
    global a, b, c
    x = 1
    def g():
        nonlocal x
        x += 1
        def h():
            nonlocal x
        return h
    return g
