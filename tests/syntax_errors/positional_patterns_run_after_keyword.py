match point:
    case Point(x=0, a, b):
        pass
