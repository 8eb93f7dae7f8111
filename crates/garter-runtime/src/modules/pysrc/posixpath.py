"""os.path for POSIX paths. The pure functions work on strings alone;
those that look at the file system (exists, isfile, getsize, abspath of
a relative path...) go through _garter_os, which checks the filesystem
capability."""

import _garter_os

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
altsep = None
pathsep = ":"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"


def _fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    fspath = getattr(type(p), "__fspath__", None)
    if fspath is not None:
        return fspath(p)
    raise TypeError("expected str, bytes or os.PathLike object, not %s"
                    % type(p).__name__)


def _sep_of(p):
    return b"/" if isinstance(p, bytes) else "/"


def isabs(s):
    s = _fspath(s)
    return s.startswith(_sep_of(s))


def join(a, *p):
    a = _fspath(a)
    s = _sep_of(a)
    path = a
    for b in p:
        b = _fspath(b)
        if type(b) is not type(a):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith(s):
            path = b
        elif not path or path.endswith(s):
            path += b
        else:
            path += s + b
    return path


def split(p):
    p = _fspath(p)
    s = _sep_of(p)
    i = p.rfind(s) + 1
    head, tail = p[:i], p[i:]
    if head and head != s * len(head):
        head = head.rstrip(s)
    return head, tail


def splitext(p):
    p = _fspath(p)
    dot = b"." if isinstance(p, bytes) else "."
    s = _sep_of(p)
    sep_at = p.rfind(s)
    dot_at = p.rfind(dot)
    if dot_at > sep_at:
        name_at = sep_at + 1
        while name_at < dot_at:
            if p[name_at:name_at + 1] != dot:
                return p[:dot_at], p[dot_at:]
            name_at += 1
    return p, p[:0]


def basename(p):
    p = _fspath(p)
    return p[p.rfind(_sep_of(p)) + 1:]


def dirname(p):
    p = _fspath(p)
    s = _sep_of(p)
    head = p[:p.rfind(s) + 1]
    if head and head != s * len(head):
        head = head.rstrip(s)
    return head


def normpath(path):
    path = _fspath(path)
    s = _sep_of(path)
    dot = b"." if isinstance(path, bytes) else "."
    dotdot = dot + dot
    if not path:
        return dot
    initial = 0
    if path.startswith(s):
        initial = 2 if path.startswith(s * 2) and not path.startswith(s * 3) else 1
    parts = []
    for comp in path.split(s):
        if not comp or comp == dot:
            continue
        if comp != dotdot or (not initial and not parts) or (parts and parts[-1] == dotdot):
            parts.append(comp)
        elif parts:
            parts.pop()
    result = s * initial + s.join(parts)
    return result or dot


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        cwd = _garter_os.getcwd()
        if isinstance(path, bytes):
            cwd = cwd.encode()
        path = join(cwd, path)
    return normpath(path)


def realpath(path):
    return abspath(path)


def relpath(path, start=None):
    path = _fspath(path)
    if not path:
        raise ValueError("no path specified")
    if start is None:
        start = curdir
    start_parts = [x for x in abspath(start).split(sep) if x]
    path_parts = [x for x in abspath(path).split(sep) if x]
    common = 0
    for a, b in zip(start_parts, path_parts):
        if a != b:
            break
        common += 1
    rel = [pardir] * (len(start_parts) - common) + path_parts[common:]
    return join(*rel) if rel else curdir


def commonprefix(m):
    if not m:
        return ""
    lo = min(m)
    hi = max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def _kind(path):
    try:
        return _garter_os.stat(_fspath(path))[0]
    except (OSError, ValueError):
        return None


def exists(path):
    return _kind(path) is not None


def isfile(path):
    return _kind(path) == "file"


def isdir(path):
    return _kind(path) == "dir"


def islink(path):
    return False


def getsize(filename):
    return _garter_os.stat(_fspath(filename))[1]


def getmtime(filename):
    return _garter_os.stat(_fspath(filename))[2]


def expanduser(path):
    path = _fspath(path)
    tilde = b"~" if isinstance(path, bytes) else "~"
    if not path.startswith(tilde):
        return path
    home = _garter_os.getenv("HOME")
    if home is None:
        return path
    s = _sep_of(path)
    i = path.find(s, 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    if isinstance(path, bytes):
        home = home.encode()
    return (home.rstrip(s) or s) + path[i:]
