x: int
x: int = 1
(y): str = "a"
obj.attr: float = 1.0
seq[0]: list
z: "forward" = None
t: tuple[int, ...] = (1, 2)
