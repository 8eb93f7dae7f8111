match a, b:
    case x, y:
        pass
match *a, b:
    case _:
        pass
match (x := f()):
    case _:
        pass
match x.y[0]:
    case _:
        pass
match -x:
    case _:
        pass
match [a]:
    case _:
        pass
