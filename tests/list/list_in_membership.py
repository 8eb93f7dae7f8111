# Membership tests use identity then equality
nan = float("nan")
a = [1, "two", 3.0, None, (4, 5), [6], nan]
print(1 in a, 2 in a, "two" in a, 3 in a, None in a, (4, 5) in a, [6] in a, 6 in a, nan in a, float("nan") in a)
print(True in a, 1.0 in a, "tw" in a, [] in [[]], 0 in [], 0 not in [], [1, 2] in [[1, 2]])
class Eq:
    def __eq__(self, other):
        print("eq called")
        return True
print(5 in [Eq()], Eq() in [1, 2])
class Never:
    def __eq__(self, other):
        return False
n = Never()
print(n in [n], n in [Never()], [n].count(n), [n].index(n))
