import os

TMP = os.path.join(os.path.dirname(os.path.abspath(__file__)), "tmp_os_path_pure")


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
    import os.path as p
    for path in ["a/b/c.txt", "/usr/lib/", "file", ".bashrc", "a.b.c", "/", "", "dir/.hidden.txt", "..."]:
        print(repr(path), p.split(path), p.splitext(path), repr(p.basename(path)), repr(p.dirname(path)))
    print(p.join("a", "b", "c"), p.join("a/", "b"), p.join("a", "/abs", "x"), p.join("", "x"), p.join("a", ""))
    for path in ["a//b", "a/./b", "a/../b", "/../a", "./", "a/b/../../..", "//x/y", "///x"]:
        print(repr(path), p.normpath(path))
    print(p.isabs("/x"), p.isabs("x"), p.commonprefix(["/usr/lib", "/usr/local"]))
    print(os.sep, repr(os.linesep), os.name, os.curdir, os.pardir, os.extsep, os.pathsep, os.altsep)
finally:
    cleanup(TMP)
print("cleaned:", not os.path.exists(TMP))
