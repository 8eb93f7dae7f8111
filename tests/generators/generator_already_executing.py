# A generator cannot be resumed from inside itself.
def self_referencing():
    yield "first"
    print("trying to advance myself")
    try:
        next(gen)
    except ValueError as e:
        print(type(e).__name__, e)
    yield "second"

gen = self_referencing()
print(list(gen))

def sender():
    value = yield 1
    try:
        gen2.send("nested")
    except ValueError as e:
        print("send:", type(e).__name__, e)
    yield value

gen2 = sender()
print(next(gen2))
print(gen2.send("outer"))

def thrower():
    try:
        gen3.throw(KeyError("k"))
    except ValueError as e:
        print("throw:", type(e).__name__, e)
    yield "done"
gen3 = thrower()
print(next(gen3))

def closer():
    try:
        gen4.close()
    except ValueError as e:
        print("close:", type(e).__name__, e)
    yield "closed?"
gen4 = closer()
print(next(gen4))
