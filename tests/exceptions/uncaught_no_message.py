# Ends with an uncaught exception raised as a bare class (no message).
class Halt(Exception):
    pass

def step(n):
    print("step", n)
    if n == 3:
        raise Halt
    return n + 1

n = 0
while True:
    n = step(n)
