# A dictionary key with no colon after a complete entry.
d = {1: 2, 3}
