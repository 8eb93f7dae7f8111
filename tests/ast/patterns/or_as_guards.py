match command.split():
    case ["go", direction] if direction in DIRECTIONS:
        pass
    case ["drop", *objects] if objects:
        pass
    case 1 | 2 | 3:
        pass
    case (1 | 2) | 3:
        pass
    case [1, 2] | [3, 4] as pair:
        pass
    case {"a": 1 | 2 as v}:
        pass
    case x if (y := x):
        pass
    case Color.RED | Color.GREEN:
        pass
