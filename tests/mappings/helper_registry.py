class Registry:
    def __init__(self):
        self.items = []
registry = Registry()
