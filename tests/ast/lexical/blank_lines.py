


x = 1


def f():

    a = 1

    return a



