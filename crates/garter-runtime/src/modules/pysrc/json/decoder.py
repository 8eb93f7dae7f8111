"""JSON decoding (garter's own implementation): `JSONDecoder` and
`JSONDecodeError`. The scanner itself is native (`_json.scan`)."""

import _json

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}
_default_parse_constant = _CONSTANTS.__getitem__


def _skip_whitespace(s, idx):
    """The index of the first non-whitespace character from `idx` on."""
    while idx < len(s) and s[idx] in ' \t\n\r':
        idx += 1
    return idx


class JSONDecodeError(ValueError):
    """A ValueError saying where JSON text stopped making sense: `msg`,
    the document `doc`, the index `pos` and its `lineno` and `colno`."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        text = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, text)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def scanstring(s, end, strict=True):
    """The JSON string whose body starts at index `end` of `s` (just after
    its opening quote), and the index after its closing quote."""
    return _json.scanstring(s, end, strict, JSONDecodeError)


class JSONDecoder(object):
    """Turns JSON text into Python objects: objects become dicts (or what
    `object_hook`/`object_pairs_hook` make of them), arrays lists,
    strings str, numbers int and float, true/false/null True/False/None."""

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _default_parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}

    def _scan(self, s, idx, whole):
        parse_float = self.parse_float
        if parse_float is float:
            parse_float = None
        parse_int = self.parse_int
        if parse_int is int:
            parse_int = None
        parse_constant = self.parse_constant
        if parse_constant is _default_parse_constant:
            parse_constant = None
        return _json.scan(s, idx, whole, self.strict, self.object_hook,
                          self.object_pairs_hook, parse_float, parse_int,
                          parse_constant, JSONDecodeError)

    def decode(self, s):
        """The Python value of the JSON document `s` (a str)."""
        if not isinstance(s, str):
            if isinstance(s, (bytes, bytearray, memoryview)):
                raise TypeError(
                    'cannot use a string pattern on a bytes-like object')
            raise TypeError(f'expected string or bytes-like object, '
                            f'got {type(s).__name__!r}')
        if type(self).raw_decode is JSONDecoder.raw_decode:
            return self._scan(s, 0, True)[0]
        obj, end = self.raw_decode(s, _skip_whitespace(s, 0))
        end = _skip_whitespace(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """The value of the JSON document starting at index `idx` of `s`,
        and the index where it ends; text after it is ignored."""
        return self._scan(s, idx, False)
