import os

from helper_scratch import cleanup, fresh_dir

TMP = fresh_dir(__file__, "tmp_refcount_close")
try:
    path = os.path.join(TMP, "r.txt")


    def save(text):
        f = open(path, "w")
        f.write(text)


    save("written without close")
    print(open(path).read())
    open(path, "a").write("; appended")
    print(open(path).read())
    for i in range(200):
        open(path).read()
    print("opened many")
finally:
    cleanup(TMP)
print("cleaned:", not os.path.exists(TMP))
