# yield from forwards send(), throw() and close() to the subgenerator.
def sub():
    print("sub start")
    try:
        while True:
            got = yield "sub waiting"
            print("sub received", got)
            if got == "stop":
                return "sub done"
    except ValueError as e:
        print("sub handled", repr(e))
        yield "sub recovered"
        return "sub after error"
    finally:
        print("sub finally")

def delegator():
    result = yield from sub()
    print("delegator got", result)
    yield "delegator continues"

g = delegator()
print(next(g))
print(g.send(1))
print(g.send("stop"))
print("---")
g = delegator()
next(g)
print(g.throw(ValueError("thrown in")))
print(next(g))
print("---")
g = delegator()
next(g)
g.close()
print("closed")
print("---")
g = delegator()
next(g)
try:
    g.throw(KeyError("not handled by sub"))
except KeyError as e:
    print("propagated", repr(e))
