# unicode_escape to text: every escape form, and CPython's errors.
from helper_show import show

for data in [b"plain \xe9", b"\\n\\t\\r\\a\\b\\f\\v\\\\\\'\\\"", b"\\x41\\u20ac\\U0001f600", b"\\101\\0\\12\\1234",
             b"\\N{BULLET}\\N{latin small letter a}", b"\\ud800\\udc00", b"line\\\ncont",
             b"\\x4", b"\\x4g", b"\\u12", b"\\U1234567", b"\\", b"a\\N", b"a\\N{x", b"a\\N{}", b"a\\Nx",
             b"\\N{NO SUCH NAME}", b"\\U00110000", b"ok\\xzz"]:
    show(data, lambda: data.decode("unicode_escape"))
    show(data, lambda: data.decode("unicode-escape", "replace"))
