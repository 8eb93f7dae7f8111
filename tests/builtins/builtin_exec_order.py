# Evaluation order of arguments and operands with builtins
def show(tag, value):
    print("eval", tag)
    return value
print(max(show("a", 1), show("b", 2)), min(show("c", [3]), default=show("d", 0)))
print(show("left", 2) ** show("right", 3))
d = {show("k1", "a"): show("v1", 1), show("k2", "b"): show("v2", 2)}
print(d)
lst = [show(i, i) for i in range(3)]
print(sorted(lst, key=lambda v: show("key", -v)))
print(sum(show(i, i) for i in range(3)))
print(isinstance(show("obj", 1), show("cls", int)))
