def f(**kwargs):
    return kwargs

f(a=23, b=1, a=234)
