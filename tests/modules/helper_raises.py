"""A module whose import fails part way through."""
print("helper_raises: before the error")
PARTIAL = True
raise ValueError("helper_raises failed during import")
