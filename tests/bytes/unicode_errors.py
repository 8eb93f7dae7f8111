# UnicodeDecodeError / UnicodeEncodeError attributes and LookupError
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

try:
    b"ab\xffcd".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e.encoding, e.object, e.start, e.end, e.reason, e.args)
    print(isinstance(e, UnicodeError), isinstance(e, ValueError))
try:
    b"a\xe2\x82".decode()
except UnicodeError as e:
    print(str(e), e.start, e.end)
try:
    bytearray(b"\x80").decode("ascii")
except ValueError as e:
    print(str(e), type(e.object).__name__)
try:
    "ab€€c".encode("latin-1")
except UnicodeEncodeError as e:
    print(type(e).__name__, e.encoding, e.object, e.start, e.end, e.reason, e.args)
try:
    "x".encode("nope")
except LookupError as e:
    print(type(e).__name__, e, e.args)
e = UnicodeDecodeError("ascii", b"xy", 0, 1, "bad")
print(e, e.object, e.args)
e = UnicodeDecodeError("ascii", bytearray(b"xy"), 0, 2, "bad")
print(e, e.object)
t(lambda: UnicodeDecodeError("ascii", "str", 0, 1, "bad"))
