import os

from helper_scratch import cleanup, fresh_dir

TMP = fresh_dir(__file__, "tmp_closed_file")
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
