# Classes and functions imported by different forms are the same objects.
import helper_shapes
import helper_shapes as hs
from helper_shapes import Rect, square_area
from helper_shapes import Rect as R2

print(Rect is helper_shapes.Rect is hs.Rect is R2)
r = Rect(2, 3)
print(isinstance(r, hs.Rect), isinstance(r, R2), type(r) is helper_shapes.Rect)
print(square_area is hs.square_area, square_area(5))

class Square(hs.Rect):
    def __init__(self, side):
        super().__init__(side, side)

sq = Square(4)
print(sq.area(), isinstance(sq, Rect), [c.__name__ for c in Square.__mro__])
print(Square.__module__, Rect.__module__)
hs.Rect.describe = lambda self: f"{self.w}x{self.h}"
print(r.describe(), sq.describe())
import helper_shapes as again
print(again.Rect.describe is Rect.describe)
del hs.Rect.describe
print(hasattr(r, "describe"))
