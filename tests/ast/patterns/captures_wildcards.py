match x:
    case name:
        pass
match x:
    case _:
        pass
match x:
    case (a):
        pass
    case a as b:
        pass
    case (1 | 2) as c:
        pass
    case [x] as y:
        pass
