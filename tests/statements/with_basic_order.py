# with statement: order of __enter__/__exit__, the as-target, and several items.
class CM:
    def __init__(self, name):
        self.name = name
        print("init", name)
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, exc, tb)
        return False

with CM("a") as value:
    print("body", value)

with CM("x") as x, CM("y") as y, CM("z"):
    print("body", x, y)

with CM("outer"):
    with CM("inner") as i:
        print("nested body", i)

def early():
    with CM("ret"):
        print("returning")
        return "returned value"

print(early())

for k in range(3):
    with CM("loop" + str(k)):
        if k == 1:
            continue
        if k == 2:
            break
        print("loop body", k)

class Target:
    pass
t = Target()
with CM("attr") as t.attr:
    pass
print(t.attr)
with CM("tup") as (first, *others):
    print(first, others)
