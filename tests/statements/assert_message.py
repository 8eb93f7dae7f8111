# assert with and without a message.
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)

try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print(type(e).__name__, e, e.args)

def message():
    print("message evaluated")
    return "lazy"

assert 1, message()
print("message not evaluated when assertion holds")
try:
    assert [], message()
except AssertionError as e:
    print("caught", e)

try:
    assert 0, ("tuple", 1)
except AssertionError as e:
    print(e.args, str(e))

try:
    assert None, 42
except AssertionError as e:
    print(e.args[0] + 1)

class Falsy:
    def __bool__(self):
        print("bool called")
        return False

try:
    assert Falsy(), "falsy object"
except AssertionError as e:
    print(e)
print(__debug__)
