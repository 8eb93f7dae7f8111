# array('u') as a mutable character buffer, converted to and from str.
from array import array

buf = array("u", "hello world")
print(buf, buf.itemsize in (2, 4), len(buf))
buf[0] = "H"
buf[6:11] = array("u", "There")
print(buf.tounicode())
buf.fromunicode("!!")
print(buf.tounicode(), buf.count("!"), buf.index("T"))
try:
    buf[0] = "ab"
except TypeError as e:
    print(type(e).__name__, e)
try:
    buf.fromunicode(b"x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    array("b").fromunicode("x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    array("u", [1])
except TypeError as e:
    print(type(e).__name__, e)
print(array("u", ["a", "b"]), array("u"), "".join(buf))
buf.reverse()
print(buf.tounicode())
rev = array("u", reversed(buf))
print(rev.tounicode(), rev.tolist()[:3])
