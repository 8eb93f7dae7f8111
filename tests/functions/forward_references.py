# Names in a function body are looked up at call time, not definition time.
def caller():
    return helper() + " via caller"

try:
    caller()
except NameError as e:
    print(type(e).__name__, e)

def helper():
    return "helper v1"

print(caller())

def helper():
    return "helper v2"

print(caller())
del helper
try:
    caller()
except NameError as e:
    print(type(e).__name__, e)

def uses_constant():
    return LIMIT * 2

LIMIT = 21
print(uses_constant())
LIMIT = "ab"
print(uses_constant())

def recursive_through_global(n):
    return 0 if n == 0 else 1 + recursive_through_global(n - 1)

saved = recursive_through_global
def recursive_through_global(n):
    return 100
print(saved(3))
