# more bytearray slice assignments: growing, shrinking, negative steps, empty slices
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

x = bytearray(b"abc")
x[1:2] = b""; print(x)
x[0:0] = b"zz"; print(x)
x[-1:] = bytearray(b"END"); print(x)
x[10:20] = b"!"; print(x)
x[1:5:2] = [65, 66]; print(x)
y = bytearray(b"0123456789")
y[8:2:-2] = b"abc"; print(y)
y[::3] = bytearray(4); print(y)
t(lambda: y.__setitem__(slice(None, None, -1), b"1"))
y[5:5] = []; print(y, len(y))
y[3:1] = b"XY"; print(y)
y[-100:2] = b""; print(y)
y[2:100] = b"tail"; print(y)
y[::-1] = y; print(y)
z = bytearray(b"ab")
z[:] = b""; print(z, len(z))
z[:] = bytearray(3); print(z)
z[0:3:1] = b"q"; print(z)
