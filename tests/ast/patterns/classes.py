match x:
    case Point():
        pass
    case Point(0, 0):
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, y=2):
        pass
    case mod.Point(x, y=[a, b]):
        pass
    case a.b.c.D(e=F(g=h)):
        pass
    case int(n) | float(n):
        pass
    case Point(x, y,):
        pass
