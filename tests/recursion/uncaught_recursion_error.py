# Ends with an uncaught RecursionError from runaway recursion.
def countdown(n):
    if n == 0:
        return "done"
    return countdown(n - 1)

print(countdown(10))
print(countdown(500))

def broken_countdown(n):
    if n == 0:
        return "done"
    return broken_countdown(n + 1)

print("calling the broken version")
print(broken_countdown(5))
