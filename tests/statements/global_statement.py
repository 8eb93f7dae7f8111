# global declarations in functions, including creating new globals.
counter = 0

def increment():
    global counter
    counter += 1
    return counter

print(increment(), increment(), counter)

def create():
    global created
    created = "made inside"

try:
    print(created)
except NameError as e:
    print(type(e).__name__, e)
create()
print(created)

def read_only():
    return counter * 100

print(read_only())

def shadow():
    counter = "local"
    return counter

print(shadow(), counter)

def several():
    global a, b
    a, b = 1, 2

several()
print(a, b)

def delete_global():
    global a
    del a

delete_global()
print("a" in globals())

def loop_global():
    global loopvar
    for loopvar in range(3):
        pass

loop_global()
print(loopvar)

def nested_outer():
    def inner():
        global counter
        counter = 99
    inner()
    return counter

print(nested_outer(), counter)
