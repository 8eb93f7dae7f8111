"""JSON encoding (garter's own implementation): `JSONEncoder`. The
encoder itself is native (`_json.encode`)."""

import _json

__all__ = ['JSONEncoder']

encode_basestring = _json.encode_basestring
encode_basestring_ascii = _json.encode_basestring_ascii
INFINITY = float('inf')


class JSONEncoder(object):
    """Turns Python data into JSON text: dicts become objects, lists and
    tuples arrays, str strings, int and float numbers, True/False/None
    true/false/null. Anything else goes through `default`."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """What to encode in place of `o`, which JSON cannot represent;
        this one raises TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """The JSON text of `o`."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        if type(self).iterencode is JSONEncoder.iterencode:
            return self._native_encode(o, False)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """The JSON text of `o`, as an iterator of pieces."""
        # CPython writes pieces except for a one-shot unindented encoding.
        if not _one_shot or self.indent is not None:
            return iter(self._native_encode(o, True))
        return [self._native_encode(o, False)]

    def _native_encode(self, o, pieces):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _json.encode(o, self.default, indent, self.key_separator,
                            self.item_separator, self.sort_keys,
                            self.skipkeys, self.ensure_ascii,
                            self.check_circular, self.allow_nan, pieces)
