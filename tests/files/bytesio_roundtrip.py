import os

TMP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tmp_bytesio_roundtrip")


def cleanup(top):
    for root, dirs, files in list(os.walk(top, topdown=False)):
        for f in files:
            os.remove(os.path.join(root, f))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    if os.path.isdir(top):
        os.rmdir(top)


cleanup(TMP)
os.makedirs(TMP)
try:
    import io
    b = io.BytesIO()
    print(b.write(b"hello "), b.write(bytearray(b"world")))
    print(b.getvalue(), b.tell())
    b.seek(0)
    print(b.read(5), b.read(), b.read())
    b.seek(-5, 2)
    print(b.read())
    b = io.BytesIO(b"one\ntwo\nthree")
    print(b.readline(), b.readlines())
    b.seek(2)
    b.write(b"XYZ")
    print(b.getvalue())
    b.truncate(4)
    print(b.getvalue())
    path = os.path.join(TMP, "b.bin")
    with open(path, "wb") as f:
        f.write(b.getvalue() * 3)
    with open(path, "rb") as f:
        print(io.BytesIO(f.read()).read(6))
finally:
    cleanup(TMP)
print("cleaned:", not os.path.exists(TMP))
