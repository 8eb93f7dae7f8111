# __traceback__ is set when raised; with_traceback returns the same exception.
e = ValueError("never raised")
print(e.__traceback__ is None)
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.__traceback__ is not None)
    print(type(caught.__traceback__).__name__)
    tb = caught.__traceback__

e2 = KeyError("k")
result = e2.with_traceback(None)
print(result is e2, e2.__traceback__)
result = e2.with_traceback(tb)
print(result is e2, e2.__traceback__ is tb)
try:
    e2.with_traceback("not a traceback")
except TypeError as err:
    print(type(err).__name__, err)

def depth():
    raise IndexError("deep")
try:
    depth()
except IndexError as err:
    count = 0
    t = err.__traceback__
    while t is not None:
        count += 1
        t = t.tb_next
    print("traceback entries:", count)
try:
    raise RuntimeError("x").with_traceback(None)
except RuntimeError as err:
    print("raised after with_traceback:", err)
