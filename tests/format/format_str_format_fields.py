# str.format field names: indices, attributes, keys, nesting, auto-numbering
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
pts = [Point(1, 2), Point(3, 4)]
print("{0[1].x} {0[0].y}".format(pts), "{p.x},{p.y}".format(p=pts[1]))
print("{a[b]} {a[1]}".format(a={"b": "B", 1: "one"}), "{0[key with space]}".format({"key with space": 7}))
print("{0}{0}{0}".format("ha"), "{}-{}-{}".format(*"xyz"), "{0}-{2}".format(*"xyz"), "{x[0][1]}".format(x=[[1, 2]]))
print("{0!r:^10}|{1!s:<5}|".format("a", 3), "{:{fill}{align}{w}}".format("c", fill="*", align=">", w=4))
print("{0:>{1}}".format("r", 4), "{:.{}}".format("truncate", 3), "{:{}.{}f}".format(3.14159, 8, 2))
print("{}".format({"a": 1}), "{0}".format([1, [2]]), "{:>6}".format(str([1])), "{!s:>6}".format([1]))
print("{0.real} {0.imag}".format(3 + 4j), "{.__class__.__name__}".format(1.5))
print("{:%}".format(0.25), "{:,}".format(1234567), "{:_x}".format(65535), "{:#o}".format(8))
args = ("a", "b")
kwargs = {"k": "v"}
print("{0}{1}{k}".format(*args, **kwargs))
