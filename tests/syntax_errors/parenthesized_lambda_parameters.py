f = lambda x, (y, z): None
