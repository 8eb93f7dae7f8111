# Exports block bytearray resizes until every view is released.
buf = bytearray(b"abcdef")
view = memoryview(buf)


def attempt(label, fn):
    try:
        fn()
        print(label, "ok", bytes(buf))
    except BufferError as e:
        print(label, type(e).__name__, e)


attempt("append", lambda: buf.append(1))
attempt("extend", lambda: buf.extend(b"xy"))
attempt("pop", lambda: buf.pop())
attempt("clear", lambda: buf.clear())
attempt("remove", lambda: buf.remove(97))
attempt("insert", lambda: buf.insert(0, 65))


def del_slice():
    del buf[0:2]


def grow_slice():
    buf[0:1] = b"XYZ"


def same_size():
    buf[0:2] = b"AB"


def iadd():
    global buf
    b = buf
    b += b"!"


attempt("del slice", del_slice)
attempt("grow slice", grow_slice)
attempt("same-size slice", same_size)
attempt("iadd", iadd)
attempt("imul", lambda: buf.__imul__(2))

second = view[1:3]
view.release()
attempt("after first release", lambda: buf.append(0x21))
print(second.tobytes())
second.release()
attempt("after all released", lambda: buf.append(0x21))

with memoryview(buf) as m:
    attempt("inside with", lambda: buf.extend(b"??"))
    print(m.readonly, m.nbytes)
attempt("after with", lambda: buf.extend(b"??"))

try:
    m[0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    len(m)
except ValueError as e:
    print(type(e).__name__, e)
print(repr(m).startswith("<released memory at"))
m.release()

views = [memoryview(buf) for _ in range(3)]
attempt("three views", lambda: buf.pop())
for v in views:
    v.release()
attempt("none left", lambda: buf.pop())
print(buf)
