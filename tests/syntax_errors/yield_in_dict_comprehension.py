def f():
    return {(yield x): 1 for x in y}
