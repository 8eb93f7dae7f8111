# __name__ is "__main__" for the program and the module name for imports.
import helper_shapes

def main():
    print("main() running")
    print("program __name__:", __name__)
    print("helper __name__:", helper_shapes.__name__)
    return 0

if __name__ == "__main__":
    status = main()
    print("status", status)
else:
    print("imported, not run")

import sys
me = sys.modules[__name__]
print(me.main is main, type(me).__name__)
print(main.__module__, helper_shapes.Rect.__module__)
print(globals()["__name__"], helper_shapes.__dict__["__name__"])
