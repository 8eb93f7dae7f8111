# add_note() and __notes__ (Python 3.11).
e = ValueError("base message")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
print(str(e), repr(e))

try:
    try:
        raise KeyError("k")
    except KeyError as err:
        err.add_note("while looking up config")
        raise
except KeyError as err:
    print(err.__notes__)

try:
    e.add_note(42)
except TypeError as err:
    print(type(err).__name__, err)

e2 = RuntimeError()
e2.__notes__ = ["set directly"]
e2.add_note("appended")
print(e2.__notes__)

e3 = TypeError()
e3.__notes__ = "not a list"
try:
    e3.add_note("x")
except TypeError as err:
    print(type(err).__name__, err)

class Custom(Exception):
    pass
c = Custom("c")
for i in range(3):
    c.add_note(f"note {i}")
print(len(c.__notes__), c.__notes__[-1])
