"""Regular expressions, as CPython 3.11's ``re`` module (str patterns).

Parsing and matching are native (``_garter_sre``); this module is the
Python-facing layer: flags, Pattern and Match objects, templates, split,
sub and the pattern cache."""

import enum
import _garter_sre

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall",
    "finditer", "compile", "purge", "template", "escape", "error", "Pattern",
    "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE",
    "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG",
    "RegexFlag",
]

__version__ = "2.2.1"


class RegexFlag(enum.IntFlag):
    NOFLAG = 0
    TEMPLATE = T = 1
    IGNORECASE = I = 2
    LOCALE = L = 4
    MULTILINE = M = 8
    DOTALL = S = 16
    UNICODE = U = 32
    VERBOSE = X = 64
    DEBUG = 128
    ASCII = A = 256

    def __repr__(self):
        return _flags_repr(self._value_, "NOFLAG")

    __str__ = __repr__

    def __format__(self, spec):
        return format(repr(self), spec)


RegexFlag.__module__ = "re"

NOFLAG = RegexFlag.NOFLAG
TEMPLATE = T = RegexFlag.TEMPLATE
IGNORECASE = I = RegexFlag.IGNORECASE
LOCALE = L = RegexFlag.LOCALE
MULTILINE = M = RegexFlag.MULTILINE
DOTALL = S = RegexFlag.DOTALL
UNICODE = U = RegexFlag.UNICODE
VERBOSE = X = RegexFlag.VERBOSE
DEBUG = RegexFlag.DEBUG
ASCII = A = RegexFlag.ASCII

_PATTERN_FLAG_NAMES = [
    (1, "TEMPLATE"), (2, "IGNORECASE"), (4, "LOCALE"), (8, "MULTILINE"),
    (16, "DOTALL"), (32, "UNICODE"), (64, "VERBOSE"), (128, "DEBUG"),
    (256, "ASCII"),
]


def _flags_repr(value, zero):
    if value == 0:
        return "re." + zero
    return _pattern_flags_repr(value)


class error(Exception):
    """Exception raised for invalid regular expressions."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            if isinstance(pattern, str):
                newline = "\n"
            else:
                newline = b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"
PatternError = error


class Pattern:
    """A compiled regular expression."""

    __slots__ = ("pattern", "flags", "groups", "_groupindex", "_code", "_bytes", "__weakref__")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    @property
    def groupindex(self):
        return _mappingproxy(dict(self._groupindex))

    def __repr__(self):
        text = repr(self.pattern)[:200]
        flags = self.flags
        if isinstance(self.pattern, str):
            flags &= ~32
        if flags:
            return "re.compile(%s, %s)" % (text, _pattern_flags_repr(flags))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls

    def _text(self, string):
        """The str the matcher sees: bytes are read as Latin-1."""
        if self._bytes:
            if isinstance(string, str):
                raise TypeError("cannot use a bytes pattern on a string-like object")
            if isinstance(string, (bytes, bytearray, memoryview)):
                return bytes(string).decode("latin-1")
        elif isinstance(string, (bytes, bytearray, memoryview)):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        return string

    def _run(self, string, pos, endpos, mode):
        spans = _garter_sre.match(self._code, self._text(string), pos, endpos, mode)
        if spans is None:
            return None
        return _new_match(self, string, pos, endpos, spans)

    def match(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 2)

    def search(self, string, pos=0, endpos=None):
        return self._run(string, pos, endpos, 0)

    def finditer(self, string, pos=0, endpos=None):
        found = _garter_sre.scan(self._code, self._text(string), pos, endpos, 0)
        return iter([_new_match(self, string, pos, endpos, s) for s in found])

    def findall(self, string, pos=0, endpos=None):
        found = _garter_sre.scan(self._code, self._text(string), pos, endpos, 0)
        groups = self.groups
        out = []
        for spans in found:
            if groups == 0:
                out.append(string[spans[0]:spans[1]])
            elif groups == 1:
                out.append(_slice(string, spans, 1, ""))
            else:
                out.append(tuple(_slice(string, spans, g, "") for g in range(1, groups + 1)))
        return out

    def split(self, string, maxsplit=0):
        if maxsplit < 0:
            return [string]
        found = _garter_sre.scan(self._code, self._text(string), 0, None, maxsplit)
        out = []
        last = 0
        for spans in found:
            out.append(string[last:spans[0]])
            for g in range(1, self.groups + 1):
                out.append(_slice(string, spans, g, None))
            last = spans[1]
        out.append(string[last:])
        return out

    def subn(self, repl, string, count=0):
        if count < 0:
            return string, 0
        if callable(repl):
            expand = repl
        else:
            kind = (bytes, bytearray) if self._bytes else str
            if self._bytes and isinstance(repl, str):
                kind = str
            if not isinstance(repl, kind):
                raise TypeError("decoding to str: need a bytes-like object, %s found"
                                % type(repl).__name__)
            if ("\\" if kind is str else b"\\") in repl:
                parts = _parse_template(repl, self)
                expand = lambda m: _expand_parts(parts, m)
            else:
                expand = lambda m: repl
        found = _garter_sre.scan(self._code, self._text(string), 0, None, count)
        pieces = []
        last = 0
        for spans in found:
            if last < spans[0]:
                pieces.append(string[last:spans[0]])
            text = expand(_new_match(self, string, 0, None, spans))
            if text is not None:
                pieces.append(text)
            last = spans[1]
        if last < len(string):
            pieces.append(string[last:])
        return (b"" if self._bytes else "").join(pieces), len(found)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]


Pattern.__module__ = "re"


def _pattern_flags_repr(flags):
    names = []
    for bit, name in _PATTERN_FLAG_NAMES:
        if flags & bit:
            names.append("re." + name)
            flags &= ~bit
    if flags:
        names.append(hex(flags))
    return "|".join(names)


def _mappingproxy(d):
    return type(type.__dict__)(d)


def _slice(string, spans, group, default):
    start = spans[2 * group]
    if start < 0:
        return default
    piece = string[start:spans[2 * group + 1]]
    if type(piece) is str or type(piece) is bytes:
        return piece
    return bytes(piece)


class Match:
    """The result of a successful match."""

    __slots__ = ("string", "re", "pos", "endpos", "_spans", "lastindex")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def _index(self, group):
        if isinstance(group, int):
            if 0 <= group <= self.re.groups:
                return int(group)
        elif isinstance(group, str):
            index = self.re._groupindex.get(group)
            if index is not None:
                return index
        else:
            try:
                group = group.__index__()
            except (AttributeError, TypeError):
                raise IndexError("no such group") from None
            if 0 <= group <= self.re.groups:
                return group
        raise IndexError("no such group")

    def _get(self, group, default=None):
        return _slice(self.string, self._spans, self._index(group), default)

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(groups[0])
        return tuple(self._get(g) for g in groups)

    def __getitem__(self, group):
        return self._get(group)

    def groups(self, default=None):
        return tuple(_slice(self.string, self._spans, g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: _slice(self.string, self._spans, index, default)
                for name, index in self.re._groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        g = self._index(group)
        return (self._spans[2 * g], self._spans[2 * g + 1])

    @property
    def regs(self):
        return tuple((self._spans[2 * g], self._spans[2 * g + 1]) for g in range(self.re.groups + 1))

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        for name, index in self.re._groupindex.items():
            if index == self.lastindex:
                return name
        return None

    def expand(self, template):
        return _expand_parts(_parse_template(template, self.re), self)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._spans[0], self._spans[1], repr(self.group(0))[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


Match.__module__ = "re"


def _new_match(pattern, string, pos, endpos, spans):
    m = object.__new__(Match)
    m.string = string
    m.re = pattern
    length = len(string)
    pos = min(max(pos, 0), length)
    m.pos = pos
    m.endpos = length if endpos is None else min(max(endpos, 0), length)
    m._spans = spans[:-1]
    m.lastindex = spans[-1]
    return m


_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r",
            "t": "\t", "v": "\v", "\\": "\\"}
_DIGITS = "0123456789"
_OCTAL = "01234567"
_ASCII_LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _parse_template(template, pattern):
    """A replacement template as a list of literal strs and group indices."""
    if pattern._bytes:
        if not isinstance(template, (bytes, bytearray)):
            raise TypeError("expected a bytes-like object, %s found" % type(template).__name__)
        parts = _parse_template(bytes(template).decode("latin-1"), _StrView(pattern))
        return [p.encode("latin-1") if isinstance(p, str) else p for p in parts]
    if not isinstance(template, str):
        raise TypeError("expected str instance, %s found" % type(template).__name__)
    parts = []
    literal = []
    i = 0
    n = len(template)
    groups = pattern.groups
    while i < n:
        c = template[i]
        if c != "\\":
            literal.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise error("bad escape (end of pattern)", template, start)
        c = template[i]
        i += 1
        if c == "g":
            if i >= n or template[i] != "<":
                raise error("missing <", template, i)
            close = template.find(">", i + 1)
            if close < 0:
                raise error("missing >, unterminated name", template, i + 1)
            name = template[i + 1:close]
            if not name:
                raise error("missing group name", template, i + 1)
            if name.isdecimal() and name.isascii():
                index = int(name)
                if index > groups:
                    raise error("invalid group reference %d" % index, template, i + 1)
            else:
                if not name.isidentifier():
                    raise error("bad character in group name %r" % name, template, i + 1)
                index = pattern._groupindex.get(name)
                if index is None:
                    raise IndexError("unknown group name %r" % name)
            i = close + 1
            _flush(parts, literal)
            parts.append(index)
        elif c == "0":
            digits = c
            while i < n and len(digits) < 3 and template[i] in _OCTAL:
                digits += template[i]
                i += 1
            literal.append(chr(int(digits, 8)))
        elif c in _DIGITS:
            digits = c
            if i < n and template[i] in _DIGITS:
                digits += template[i]
                i += 1
                if (i < n and template[i] in _OCTAL and digits[0] in _OCTAL
                        and digits[1] in _OCTAL):
                    digits += template[i]
                    i += 1
                    value = int(digits, 8)
                    if value > 0o377:
                        raise error("octal escape value \\%s outside of range 0-0o377" % digits,
                                    template, start)
                    literal.append(chr(value))
                    continue
            index = int(digits)
            if index > groups:
                raise error("invalid group reference %d" % index, template, start + 1)
            _flush(parts, literal)
            parts.append(index)
        elif c in _ESCAPES:
            literal.append(_ESCAPES[c])
        elif c in _ASCII_LETTERS:
            raise error("bad escape \\%s" % c, template, start)
        else:
            literal.append("\\" + c)
    _flush(parts, literal)
    return parts


def _flush(parts, literal):
    if literal:
        parts.append("".join(literal))
        literal.clear()


class _StrView:
    """A bytes pattern's groups, for parsing its templates as str."""

    _bytes = False

    def __init__(self, pattern):
        self.groups = pattern.groups
        self._groupindex = pattern._groupindex


def _expand_parts(parts, m):
    out = []
    for part in parts:
        if isinstance(part, int):
            text = m._get(part)
            if text is not None:
                out.append(text)
        else:
            out.append(part)
    return (b"" if m.re._bytes else "").join(out)


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    cached = _cache.get(key)
    if cached is not None:
        return cached
    is_bytes = isinstance(pattern, (bytes, bytearray))
    if is_bytes:
        if flags & 32:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & 4 and flags & 256:
            raise ValueError("ASCII and LOCALE flags are incompatible")
        source = bytes(pattern).decode("latin-1")
        native_flags = flags | 256
    else:
        if not isinstance(pattern, str):
            raise TypeError("first argument must be string or compiled pattern")
        if flags & 4:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if flags & 256 and flags & 32:
            raise ValueError("ASCII and UNICODE flags are incompatible")
        source = pattern
        native_flags = flags
    result = _garter_sre.compile(source, native_flags)
    if result[0] is None:
        pos = result[2]
        raise error(result[1], None if pos is None else pattern, pos)
    code, groups, names, final_flags = result
    p = object.__new__(Pattern)
    p.pattern = pattern
    p.flags = (final_flags & ~256) | (flags & 256) if is_bytes else final_flags
    p._bytes = is_bytes
    p.groups = groups
    p._groupindex = dict(names)
    p._code = code
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()


def template(pattern, flags=0):
    return _compile(pattern, flags | 1)


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def escape(pattern):
    if isinstance(pattern, str):
        return "".join("\\" + c if c in _SPECIAL else c for c in pattern)
    if isinstance(pattern, (bytes, bytearray)):
        return escape(bytes(pattern).decode("latin-1")).encode("latin-1")
    raise TypeError("escape() argument must be str")
