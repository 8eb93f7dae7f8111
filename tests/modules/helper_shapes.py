"""Shapes used by the module tests."""
print("helper_shapes is being imported, __name__ =", __name__)

PI_ISH = 3
_private = "underscore names are skipped by star imports"
load_count = 0
load_count += 1


def square_area(side):
    return side * side


def circle_area(radius):
    return PI_ISH * radius * radius


class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


if __name__ == "__main__":
    print("helper_shapes run as a program")
