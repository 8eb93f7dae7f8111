# repr of lists: nested, mixed, self-containing, empty
print([], [[]], [[], [[]]], [1, "a", 2.5, None, True, (1,), {"k": [1]}])
a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
b = [a, [a]]
print(b)
c = []
d = [c]
c.append(d)
print(c, d)
print(["x\ny", "it's", 'q"'])
e = {"lst": []}
e["lst"].append(e)
print(e)
class R:
    def __repr__(self):
        return "R!"
print([R(), [R()]], str([R()]))
