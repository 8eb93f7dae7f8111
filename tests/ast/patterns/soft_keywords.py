match = 1
case = 2
_ = 3
match.attr = 4
match[0] = 5
match(x)
match * 2
case(1)
print(match, case)
def match(case): return case
class case: pass
match match:
    case case:
        pass
match(a, b).c = 1
