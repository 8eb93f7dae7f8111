"""The os module: files and directories, the environment and the
process, over _garter_os, whose functions check the interpreter's
capabilities (filesystem, environment, process)."""

import sys
import _garter_os
import posixpath as path
from posixpath import sep, curdir, pardir, extsep, altsep, pathsep, defpath, devnull

sys.modules["os.path"] = path

name = "posix"
linesep = "\n"
error = OSError
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
F_OK = 0
R_OK = 4
W_OK = 2
X_OK = 1

getcwd = _garter_os.getcwd
getpid = _garter_os.getpid
strerror = _garter_os.strerror


def fspath(p):
    return path._fspath(p)


def getcwdb():
    return getcwd().encode()


def listdir(p="."):
    if isinstance(p, bytes):
        return [n.encode() for n in _garter_os.listdir(p)]
    return _garter_os.listdir(fspath(p))


def mkdir(p, mode=0o777):
    _garter_os.mkdir(fspath(p))


def makedirs(name, mode=0o777, exist_ok=False):
    name = fspath(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def rmdir(p):
    _garter_os.rmdir(fspath(p))


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def remove(p):
    _garter_os.remove(fspath(p))


unlink = remove


def rename(src, dst):
    _garter_os.rename(fspath(src), fspath(dst))


replace = rename


def access(p, mode):
    return path.exists(p)


class stat_result:
    def __init__(self, kind, size, mtime):
        self.st_mode = 0o040755 if kind == "dir" else 0o100644
        self.st_size = size
        self.st_mtime = mtime

    def __repr__(self):
        return "os.stat_result(st_mode=%d, st_size=%d, st_mtime=%r)" % (
            self.st_mode, self.st_size, self.st_mtime)


def stat(p):
    return stat_result(*_garter_os.stat(fspath(p)))


class DirEntry:
    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)

    def is_dir(self):
        return path.isdir(self.path)

    def is_file(self):
        return path.isfile(self.path)

    def is_symlink(self):
        return False

    def stat(self):
        return stat(self.path)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)


class _ScandirIterator:
    def __init__(self, directory):
        self._entries = iter([DirEntry(directory, n) for n in listdir(directory)])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def close(self):
        self._entries = iter(())


def scandir(p="."):
    return _ScandirIterator(fspath(p))


def walk(top, topdown=True, onerror=None, followlinks=False):
    stack = [fspath(top)]
    while stack:
        item = stack.pop()
        if isinstance(item, tuple):
            yield item
            continue
        try:
            names = listdir(item)
        except OSError as e:
            if onerror is not None:
                onerror(e)
            continue
        dirs = []
        files = []
        for n in names:
            if path.isdir(path.join(item, n)):
                dirs.append(n)
            else:
                files.append(n)
        if topdown:
            yield item, dirs, files
            for d in reversed(dirs):
                stack.append(path.join(item, d))
        else:
            stack.append((item, dirs, files))
            for d in reversed(dirs):
                stack.append(path.join(item, d))


class _Environ:
    """os.environ: the process environment, read and written through
    (each access checks the environment capability)."""

    def __getitem__(self, key):
        value = _garter_os.getenv(key)
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        _garter_os.putenv(key, value)

    def __delitem__(self, key):
        if _garter_os.getenv(key) is None:
            raise KeyError(key)
        _garter_os.unsetenv(key)

    def __contains__(self, key):
        return isinstance(key, str) and _garter_os.getenv(key) is not None

    def __iter__(self):
        return iter(_garter_os.environ_keys())

    def __len__(self):
        return len(_garter_os.environ_keys())

    def get(self, key, default=None):
        value = _garter_os.getenv(key)
        return default if value is None else value

    def keys(self):
        return _garter_os.environ_keys()

    def items(self):
        return [(k, self[k]) for k in _garter_os.environ_keys() if k in self]

    def values(self):
        return [v for k, v in self.items()]

    def setdefault(self, key, default=None):
        value = _garter_os.getenv(key)
        if value is None:
            self[key] = default
            return default
        return value

    def pop(self, key, *default):
        value = _garter_os.getenv(key)
        if value is None:
            if default:
                return default[0]
            raise KeyError(key)
        _garter_os.unsetenv(key)
        return value

    def copy(self):
        return dict(self.items())

    def __repr__(self):
        return "environ(%r)" % (self.copy(),)


environ = _Environ()


def getenv(key, default=None):
    value = _garter_os.getenv(key)
    return default if value is None else value


def putenv(key, value):
    _garter_os.putenv(key, value)


def unsetenv(key):
    _garter_os.unsetenv(key)
