# import m as n, from m import a as b, from m import *, and __all__.
import helper_shapes as shapes
from helper_shapes import square_area as sq, Rect
from helper_shapes import PI_ISH, circle_area
print(shapes.square_area(3), sq(3), Rect(1, 2).area(), PI_ISH, circle_area(1))
print(sq is shapes.square_area, sq.__name__)
try:
    helper_shapes
except NameError as e:
    print(type(e).__name__, e)

from helper_exports import *
print(public_one, PUBLIC_CONST)
for name in ("public_two", "_hidden"):
    print(name, name in globals())
import helper_exports
print(sorted(helper_exports.__all__), helper_exports.public_two)

def star_free():
    from helper_shapes import Rect as R
    return R(3, 3).area()
print(star_free())
import sys, math
print(type(sys).__name__, type(math).__name__)
from math import (
    pi as PI,
    floor,
)
print(round(PI, 2), floor(2.7))
