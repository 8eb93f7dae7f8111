"""Common string constants and classes (garter's own implementation): the
character-class constants, capwords, Template ($-substitution) and
Formatter (str.format as overridable steps)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Splits s into words (on sep, or runs of whitespace), capitalizes
    each, and joins them with sep (or a single space)."""
    return (sep or " ").join(word.capitalize() for word in s.split(sep))


# ------------------------------------------------------------------ Template

_ID_START = "_" + ascii_letters
_ID_REST = _ID_START + digits

# A missing mapping argument (an empty dict would be a real argument).
_NO_MAPPING = {}


def _identifier_end(text, start):
    """The end of the identifier at `start` in text (start when none)."""
    if start >= len(text) or text[start] not in _ID_START:
        return start
    end = start + 1
    while end < len(text) and text[end] in _ID_REST:
        end += 1
    return end


class Template:
    """A string class for supporting $-substitutions."""

    __module__ = "string"
    delimiter = "$"
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        """Yields (start, end, kind, name) for each placeholder of the
        template: kind is "escaped", "named", "braced" or "invalid"."""
        text = self.template
        delimiter = self.delimiter
        size = len(delimiter)
        i = text.find(delimiter)
        while i >= 0:
            after = i + size
            if text.startswith(delimiter, after):
                yield i, after + size, "escaped", None
                i = text.find(delimiter, after + size)
                continue
            end = _identifier_end(text, after)
            if end > after:
                yield i, end, "named", text[after:end]
                i = text.find(delimiter, end)
                continue
            if text.startswith("{", after):
                end = _identifier_end(text, after + 1)
                if end > after + 1 and text.startswith("}", end):
                    yield i, end + 1, "braced", text[after + 1:end]
                    i = text.find(delimiter, end + 1)
                    continue
            yield i, after, "invalid", None
            i = text.find(delimiter, after)

    def _invalid(self, position):
        lines = self.template[:position].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = position - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(f"Invalid placeholder in string: line {lineno}, col {colno}")

    @staticmethod
    def _mapping(name, mapping, kws):
        if mapping is _NO_MAPPING:
            return kws
        if kws:
            from collections import ChainMap
            return ChainMap(kws, mapping)
        return mapping

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        mapping = self._mapping("substitute", mapping, kws)
        pieces = []
        last = 0
        for start, end, kind, name in self._placeholders():
            pieces.append(self.template[last:start])
            last = end
            if kind == "escaped":
                pieces.append(self.delimiter)
            elif kind == "invalid":
                self._invalid(end)
            else:
                pieces.append("%s" % (mapping[name],))
        pieces.append(self.template[last:])
        return "".join(pieces)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        mapping = self._mapping("safe_substitute", mapping, kws)
        pieces = []
        last = 0
        for start, end, kind, name in self._placeholders():
            pieces.append(self.template[last:start])
            last = end
            if kind == "escaped":
                pieces.append(self.delimiter)
            elif kind == "invalid":
                pieces.append(self.template[start:end])
            else:
                try:
                    pieces.append("%s" % (mapping[name],))
                except KeyError:
                    pieces.append(self.template[start:end])
        pieces.append(self.template[last:])
        return "".join(pieces)

    def is_valid(self):
        """Whether the template has no invalid placeholders."""
        return all(kind != "invalid" for _, _, kind, _ in self._placeholders())

    def get_identifiers(self):
        """The names of the valid placeholders, each once, in order
        (invalid placeholders are skipped)."""
        names = []
        for _, _, _, name in self._placeholders():
            if name is not None and name not in names:
                names.append(name)
        return names


# ----------------------------------------------------------------- Formatter

def _parse_format(text):
    """Splits a format string as str.format reads it: yields
    (literal_text, field_name, format_spec, conversion) tuples; a doubled
    brace ends a literal piece."""
    i = 0
    n = len(text)
    literal = []
    while i < n:
        c = text[i]
        if c == "}":
            if i + 1 < n and text[i + 1] == "}":
                literal.append("}")
                yield "".join(literal), None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        if c != "{":
            literal.append(c)
            i += 1
            continue
        if i + 1 < n and text[i + 1] == "{":
            literal.append("{")
            yield "".join(literal), None, None, None
            literal = []
            i += 2
            continue
        # A replacement field: find its matching close brace.
        depth = 1
        j = i + 1
        while j < n:
            if text[j] == "{":
                depth += 1
            elif text[j] == "}":
                depth -= 1
                if depth == 0:
                    break
            elif text[j] == "[" and depth == 1:
                close = text.find("]", j)
                j = n if close < 0 else close
            j += 1
        if j >= n:
            _unclosed_field(text[i + 1:])
        field = text[i + 1:j]
        yield ("".join(literal),) + _split_field(field)
        literal = []
        i = j + 1
    if literal:
        yield "".join(literal), None, None, None


def _unclosed_field(field):
    """Raises CPython's error for a replacement field with no '}'."""
    if not field:
        raise ValueError("Single '{' encountered in format string")
    bang = field.find("!")
    if bang >= 0 and ":" not in field[:bang]:
        if bang + 1 == len(field):
            raise ValueError("end of string while looking for conversion specifier")
        raise ValueError("unmatched '{' in format spec")
    raise ValueError("expected '}' before end of string")


def _split_field(field):
    """(field_name, format_spec, conversion) of one replacement field."""
    k = 0
    while k < len(field) and field[k] not in "!:":
        if field[k] == "[":
            close = field.find("]", k)
            if close < 0:
                break
            k = close
        k += 1
    name = field[:k]
    rest = field[k:]
    conversion = None
    if rest.startswith("!"):
        if len(rest) < 2:
            raise ValueError("unmatched '{' in format spec")
        conversion = rest[1]
        rest = rest[2:]
        if rest and not rest.startswith(":"):
            raise ValueError("expected ':' after conversion specifier")
    spec = rest[1:] if rest.startswith(":") else ""
    return name, spec, conversion


def _split_field_name(name):
    """The first part of a field name and the (is_attribute, key) steps
    after it."""
    k = 0
    while k < len(name) and name[k] not in ".[":
        k += 1
    first = name[:k]
    if first.isdigit():
        first = int(first)
    steps = []
    while k < len(name):
        if name[k] == ".":
            end = k + 1
            while end < len(name) and name[end] not in ".[":
                end += 1
            attr = name[k + 1:end]
            if not attr:
                raise ValueError("Empty attribute in format string")
            steps.append((True, attr))
            k = end
        elif name[k] == "[":
            end = name.find("]", k)
            if end < 0:
                raise ValueError("Missing ']' in format string")
            key = name[k + 1:end]
            if not key:
                raise ValueError("Empty attribute in format string")
            steps.append((False, int(key) if key.isdigit() else key))
            k = end + 1
            if k < len(name) and name[k] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, steps


class Formatter:
    """str.format's steps as methods a subclass can override."""

    __module__ = "string"

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError("Max string recursion exceeded")
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            if field_name == "":
                if auto_arg_index is False:
                    raise ValueError("cannot switch from manual field "
                                     "specification to automatic field numbering")
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError("cannot switch from manual field "
                                     "specification to automatic field numbering")
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs, used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return "".join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == "s":
            return str(value)
        if conversion == "r":
            return repr(value)
        if conversion == "a":
            return ascii(value)
        raise ValueError(f"Unknown conversion specifier {conversion}")

    def parse(self, format_string):
        return list(_parse_format(format_string))

    def get_field(self, field_name, args, kwargs):
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            if is_attr:
                obj = getattr(obj, key)
            else:
                obj = obj[key]
        return obj, first
