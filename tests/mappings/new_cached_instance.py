class Single:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
            print("created")
        return cls._inst
    def __init__(self, value):
        print("init", value)
        self.value = value
a = Single(1)
b = Single(2)
print(a is b, a.value, b.value)
