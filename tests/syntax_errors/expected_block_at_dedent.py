# The block after else is missing; the next line dedents past it.
def f():
    if x:
        pass
    else:
y = 1
