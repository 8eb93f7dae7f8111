# del of bytearray items and slices
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

ba = bytearray(b"0123456789")
del ba[0]; print(ba)
del ba[-1]; print(ba)
del ba[2:4]; print(ba)
del ba[::2]; print(ba)
del ba[::-1]; print(ba)
ba = bytearray(b"abcdefgh")
del ba[1:7:3]; print(ba)
del ba[10:]; print(ba)
del ba[5:1]; print(ba)
del ba[:]; print(ba, len(ba))
t(lambda: ba.__delitem__(0))
ba = bytearray(b"abc")
t(lambda: ba.__delitem__(5))
t(lambda: ba.__delitem__("x"))
t(lambda: ba.__delitem__(slice(None, None, 0)))
def d():
    b = b"abc"
    del b[0]
t(d)
