def f(a: int) -> int: pass
def f(a: int = 1, *args: str, b: "forward" = None, **kwargs: dict) -> None: pass
def f(a: list[int], /, b: dict[str, int]) -> tuple[int, ...]: pass
def f() -> lambda: 0: pass
def f(a: (yield)): pass
def f(*args: *Ts): pass
def f(a: int | None = None) -> int | str: pass
