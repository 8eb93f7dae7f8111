# repr of tuples containing other containers and recursive lists
print((1, "two", 3.0, None, [4], {5: 6}, {7}, (8,), True, 1j))
lst = [1]
t = (lst, lst)
lst.append(t)
print(t)
print(str((1, "a")), repr(("a",)), (("x", "y"),), ((),), (((),),))
class R:
    def __repr__(self):
        return "<R>"
print((R(),), (R(), R()), [(R(),)])
print(tuple(tuple(range(i)) for i in range(4)))
