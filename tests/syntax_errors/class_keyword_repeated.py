class C(metaclass=type, x=1, metaclass=type):
    pass
