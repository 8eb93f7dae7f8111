import os

from helper_scratch import cleanup, fresh_dir

TMP = fresh_dir(__file__, "tmp_append_log")
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
