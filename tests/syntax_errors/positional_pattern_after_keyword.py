match x:
    case Point(x=1, y):
        pass
