# Docstrings on functions, classes and modules.
"""Module docstring for this program."""

def one_line():
    """One line."""

def multi_line():
    """First line.

    More detail here.
    """

def not_first():
    x = 1
    """Not a docstring."""
    return x

def fstring_not_doc():
    f"""Not a docstring either"""

class Documented:
    """Class docstring."""
    def method(self):
        "Method docstring in plain quotes."

print(repr(__doc__))
print(repr(one_line.__doc__))
print(repr(multi_line.__doc__))
print(not_first.__doc__)
print(fstring_not_doc.__doc__)
print(Documented.__doc__)
print(Documented.method.__doc__)
print(Documented().method.__doc__)
class NoDoc:
    pass
print(NoDoc.__doc__)
print((lambda: None).__doc__)
