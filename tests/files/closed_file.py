import os

TMP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tmp_closed_file")


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
    path = os.path.join(TMP, "c.txt")
    f = open(path, "w")
    print(f.closed)
    f.write("data")
    f.close()
    print(f.closed)
    f.close()
    for op in ("write", "read", "readline", "tell", "flush"):
        try:
            if op == "write":
                f.write("x")
            else:
                getattr(f, op)()
        except ValueError as e:
            print(op, e)
    try:
        with f:
            pass
    except ValueError as e:
        print("with", e)
    try:
        for line in f:
            pass
    except ValueError as e:
        print("iter", e)
    print(open(path).read())
finally:
    cleanup(TMP)
print("cleaned:", not os.path.exists(TMP))
