# gc: collect() runs (Garter has nothing extra to find), and the switches.
import gc


class Node:
    def __init__(self):
        self.other = None


a = Node()
del a
print(type(gc.collect()).__name__, gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), gc.get_threshold(), type(gc.garbage).__name__)
gc.set_threshold(500)
print(gc.get_threshold()[0], len(gc.get_count()))
for bad in ["x", 5]:
    try:
        gc.collect(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
