def é(é, é): pass
