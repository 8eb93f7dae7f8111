# A module-level instance: every importer shares it.
print("helper_config imported")


class _Settings:
    def __init__(self):
        self.values = {}
        self.loads = 0

    def load(self, **kw):
        self.loads += 1
        self.values.update(kw)


settings = _Settings()
