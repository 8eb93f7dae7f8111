def f(a, *rest=, c):
    pass
