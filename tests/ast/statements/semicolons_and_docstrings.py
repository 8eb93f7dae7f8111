"""Module docstring."""
import a; import b
x = 1; y = 2;
def f():
    "Function docstring."
    return 1
class C:
    '''Class docstring.'''; x = 1
