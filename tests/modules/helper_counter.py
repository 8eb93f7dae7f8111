"""A module with state, to show that modules are cached and shared."""
count = 0


def bump():
    global count
    count += 1
    return count
