x = lambda: (await y)
