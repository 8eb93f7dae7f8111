# An attribute site that ran many times must see a swapped __dict__ at once.
class Thing:
    def __init__(self, value):
        self.value = value

    def read(self):
        return self.value

    def write(self, v):
        self.value = v


t = Thing(1)
total = 0
for i in range(200):
    total += t.read()
    t.write(i)
print(total)

shared = {"value": "from shared"}
t.__dict__ = shared
print(t.read(), t.__dict__ is shared)
t.write("written")
print(shared["value"])
shared["value"] = "changed in dict"
print(t.read())

others = [Thing(n) for n in range(3)]
for o in others:
    o.__dict__ = shared
print([o.read() for o in others])
others[0].write(42)
print(t.read(), [o.read() for o in others])

# swap back and forth under a hot loop
a = {"value": "A"}
b = {"value": "B"}
seen = []
for i in range(6):
    t.__dict__ = a if i % 2 == 0 else b
    seen.append(t.read())
print(seen)


# the method-call site: an instance dict entry that shadows a method
class Greeter:
    def hello(self):
        return "method"


g = Greeter()
results = []
for i in range(4):
    if i == 2:
        g.__dict__ = {"hello": lambda: "from dict"}
    results.append(g.hello())
print(results)
g.__dict__ = {}
print(g.hello())
