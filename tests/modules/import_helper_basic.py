# Importing a helper module next to the program and using its contents.
print("before import")
import helper_shapes
print("after import")
print(helper_shapes.__name__, helper_shapes.__doc__)
print(helper_shapes.square_area(4), helper_shapes.circle_area(2))
r = helper_shapes.Rect(2, 5)
print(r.area(), type(r).__name__, type(r).__module__, helper_shapes.Rect.__qualname__)
print(type(helper_shapes).__name__)
print(helper_shapes.square_area.__module__)
print(__name__)
if __name__ == "__main__":
    print("this program runs as __main__")
helper_shapes.PI_ISH = 4
print(helper_shapes.circle_area(1))
print(sorted(n for n in dir(helper_shapes) if not n.startswith("__")))
print(helper_shapes.load_count)
