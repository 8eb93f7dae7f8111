match x:
    case {}:
        pass
    case {"key": value}:
        pass
    case {"a": 1, "b": [x, y]}:
        pass
    case {1: _, 2.5: _, None: _, True: _}:
        pass
    case {**rest}:
        pass
    case {"a": a, **rest}:
        pass
    case {Color.RED: r, -1: n}:
        pass
    case {b"k": v, "s" "t": w}:
        pass
