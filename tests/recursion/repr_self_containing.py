# repr of self-containing containers uses [...] and {...}.
l = [1]
l.append(l)
print(l)
print(repr(l), str(l))
d = {"a": 1}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
outer = [1, [2, [3]]]
outer[1][1].append(outer)
print(outer)
a = []
b = [a]
a.append(b)
print(a, b)
dl = {"list": []}
dl["list"].append(dl)
print(dl)
l2 = [0]
l2.append(l2)
l2.append(l2)
print(l2)
print(len(str(l)), f"{l}")

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
    def __repr__(self):
        return f"Node({self.name}, {self.children})"
n = Node("root")
n.children.append(Node("leaf"))
print(n)
