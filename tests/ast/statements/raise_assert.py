raise
raise ValueError
raise ValueError("message")
raise ValueError from None
raise ValueError() from exc
assert x
assert x, "message"
assert (x, y)
assert isinstance(x, int), f"bad {x!r}"
