"""A module with __all__ limiting star imports."""
__all__ = ["public_one", "PUBLIC_CONST"]

public_one = "in __all__"
public_two = "not in __all__"
PUBLIC_CONST = 42
_hidden = "private"
