def f  # no parameter list
    pass
