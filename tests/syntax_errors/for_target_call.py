for x, f() in pairs:
    pass
