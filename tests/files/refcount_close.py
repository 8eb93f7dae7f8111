import os

TMP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tmp_refcount_close")


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
