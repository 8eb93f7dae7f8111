import os

TMP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tmp_append_log")


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
    log = os.path.join(TMP, "app.log")
    for i in range(5):
        with open(log, "a") as f:
            f.write("event %d\n" % i)
    with open(log) as f:
        lines = f.readlines()
    print(len(lines), lines[0], lines[-1], sep="|")
    with open(log, "a+") as f:
        f.write("end\n")
        f.seek(0)
        print(f.read().count("\n"))
finally:
    cleanup(TMP)
print("cleaned:", not os.path.exists(TMP))
