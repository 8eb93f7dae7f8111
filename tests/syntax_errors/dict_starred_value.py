# A starred expression as the value of a dictionary entry.
d = {1: *a, 2: 3}
