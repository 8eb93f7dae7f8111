# Unbounded recursion raises RecursionError, which can be caught and recovered from.
def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
    print(isinstance(e, RuntimeError))

depth_reached = 0
def measure(n):
    global depth_reached
    depth_reached = n
    measure(n + 1)

try:
    measure(1)
except RecursionError:
    print("depth reached is large:", depth_reached > 500)

def still_works(n):
    return 0 if n == 0 else 1 + still_works(n - 1)
print("recursion works again afterwards:", still_works(100))

def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", type(e).__name__, e)

for attempt in range(3):
    try:
        forever(0)
    except RecursionError:
        print("attempt", attempt, "caught")
