import os

from helper_scratch import cleanup, fresh_dir

TMP = fresh_dir(__file__, "tmp_os_path_pure")
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
