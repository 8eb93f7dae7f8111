# A dictionary key and colon with no value after them.
d = {1: 2, 3:, 4: 5}
