"""Interpret bytes as packed binary data (the `struct` module).

Formats are parsed once into a list of items and cached; integers go
through int.to_bytes/int.from_bytes, floats and doubles through array
("f"/"d"), half floats are rounded here.
"""

from array import array as _array
import math as _math

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from",
           "iter_unpack", "Struct", "error"]


class error(Exception):
    pass


# code -> (standard size, native size, native alignment)
_SIZES = {
    "x": (1, 1, 1), "c": (1, 1, 1), "b": (1, 1, 1), "B": (1, 1, 1),
    "?": (1, 1, 1), "h": (2, 2, 2), "H": (2, 2, 2), "i": (4, 4, 4),
    "I": (4, 4, 4), "l": (4, 8, 8), "L": (4, 8, 8), "q": (8, 8, 8),
    "Q": (8, 8, 8), "n": (None, 8, 8), "N": (None, 8, 8),
    "e": (2, 2, 2), "f": (4, 4, 4), "d": (8, 8, 8), "s": (1, 1, 1),
    "p": (1, 1, 1), "P": (None, 8, 8),
}
_SIGNED = frozenset("bhilqn")
_INT_CODES = frozenset("bBhHiIlLqQnNP")
_I64_MIN = -(1 << 63)
_I64_MAX = (1 << 63) - 1
_U64_LIMIT = 1 << 64
_NAMED_SMALL = {"b": "byte", "B": "ubyte", "h": "short", "H": "ushort"}
_MAX_SIZE = (1 << 63) - 1


def _parse(fmt):
    """(byte order, items, size, argument count) for a format string."""
    order = "little"
    native = True
    pos = 0
    if fmt and fmt[0] in "@=<>!":
        prefix = fmt[0]
        pos = 1
        native = prefix == "@"
        if prefix == ">" or prefix == "!":
            order = "big"
    items = []
    size = 0
    nargs = 0
    n = len(fmt)
    while pos < n:
        c = fmt[pos]
        if c.isspace():
            pos += 1
            continue
        count = 1
        if "0" <= c <= "9":
            start = pos
            while pos < n and "0" <= fmt[pos] <= "9":
                pos += 1
            if pos >= n:
                raise error("repeat count given without format specifier")
            count = int(fmt[start:pos])
            c = fmt[pos]
        pos += 1
        sizes = _SIZES.get(c)
        if sizes is None:
            raise error("bad char in struct format")
        if native:
            itemsize = sizes[1]
            align = sizes[2]
            size = (size + align - 1) // align * align
        else:
            itemsize = sizes[0]
            if itemsize is None:
                raise error("bad char in struct format")
        if c in "sp":
            items.append((c, size, count, count))
            size += count
            nargs += 1
        elif c == "x":
            size += count
        else:
            for _ in range(count):
                items.append((c, size, itemsize, 1))
                size += itemsize
            nargs += count
        if size > _MAX_SIZE:
            raise error("total struct size too long")
    return order, items, size, nargs


def _pack_int(code, value, itemsize, order):
    if not isinstance(value, int):
        index = getattr(type(value), "__index__", None)
        if index is None:
            raise error("required argument is not an integer")
        value = index(value)
    if code == "P":
        if not _I64_MIN <= value < _U64_LIMIT:
            raise error("int too large to convert")
        return (value % _U64_LIMIT).to_bytes(8, order)
    signed = code in _SIGNED
    bits = itemsize * 8
    if signed:
        low, high = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    else:
        low, high = 0, (1 << bits) - 1
    if code in _NAMED_SMALL and (itemsize == 1 or order == "little"):
        if not _I64_MIN <= value <= _I64_MAX:
            raise error("argument out of range")
        if not low <= value <= high:
            raise error(f"{_NAMED_SMALL[code]} format requires {low} <= number <= {high}")
    elif not (_I64_MIN <= value <= _I64_MAX if signed else 0 <= value < _U64_LIMIT):
        if itemsize == 8 and order == "big":
            raise error("int too large to convert")
        raise error("argument out of range")
    elif not low <= value <= high:
        raise error(f"'{code}' format requires {low} <= number <= {high}")
    return value.to_bytes(itemsize, order, signed=signed)


def _as_float(value):
    if isinstance(value, float):
        return value
    kind = type(value)
    if getattr(kind, "__float__", None) is None and getattr(kind, "__index__", None) is None:
        raise error("required argument is not a float")
    try:
        return float(value)
    except (TypeError, ValueError, OverflowError):
        raise error("required argument is not a float") from None


def _half_bits(x):
    sign = 0x8000 if _math.copysign(1.0, x) < 0 else 0
    if _math.isnan(x):
        return sign | 0x7E00
    a = abs(x)
    if _math.isinf(a):
        return sign | 0x7C00
    if a == 0.0:
        return sign
    mantissa, exponent = _math.frexp(a)
    exponent -= 1
    if exponent < -14:
        return sign | round(_math.ldexp(a, 24))
    scaled = round(mantissa * 2048)
    if scaled == 2048:
        scaled = 1024
        exponent += 1
    if exponent > 15:
        raise OverflowError("float too large to pack with e format")
    return sign | ((exponent + 15) << 10) | (scaled - 1024)


def _half_value(bits):
    exponent = (bits >> 10) & 0x1F
    mantissa = bits & 0x3FF
    if exponent == 0:
        value = _math.ldexp(mantissa, -24)
    elif exponent == 31:
        value = _math.nan if mantissa else _math.inf
    else:
        value = _math.ldexp(mantissa + 1024, exponent - 25)
    return -value if bits & 0x8000 else value


def _pack_float(code, value, order):
    x = _as_float(value)
    if code == "e":
        return _half_bits(x).to_bytes(2, order)
    data = _array(code, [x])
    if code == "f" and _math.isinf(data[0]) and not _math.isinf(x):
        raise OverflowError("float too large to pack with f format")
    raw = data.tobytes()
    return raw if order == "little" else raw[::-1]


def _pack_item(code, count, value, order):
    if code in _INT_CODES:
        return _pack_int(code, value, count, order)
    if code in "efd":
        return _pack_float(code, value, order)
    if code == "?":
        return b"\x01" if value else b"\x00"
    if code == "c":
        if not isinstance(value, bytes) or len(value) != 1:
            raise error("char format requires a bytes object of length 1")
        return value
    if not isinstance(value, (bytes, bytearray)):
        raise error(f"argument for '{code}' must be a bytes object")
    if code == "s":
        return bytes(value[:count]).ljust(count, b"\x00")
    if count == 0:
        return b""
    n = min(len(value), count - 1, 255)
    return (bytes([n]) + bytes(value[:n])).ljust(count, b"\x00")


def _unpack_item(code, count, data, order):
    if code in _INT_CODES:
        return int.from_bytes(data, order, signed=code in _SIGNED)
    if code == "e":
        return _half_value(int.from_bytes(data, order))
    if code in "fd":
        values = _array(code)
        values.frombytes(data if order == "little" else data[::-1])
        return values[0]
    if code == "?":
        return data != b"\x00"
    if code in "cs":
        return data
    if count == 0:
        return b""
    n = min(data[0], count - 1)
    return data[1:1 + n]


def _readable(buffer):
    try:
        view = memoryview(buffer)
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(buffer).__name__}'") from None
    return view.tobytes()


class unpack_iterator:
    def __init__(self, struct, data):
        self._struct = struct
        self._data = data
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._pos >= len(self._data):
            raise StopIteration
        start = self._pos
        self._pos += self._struct.size
        return self._struct._unpack_bytes(self._data, start)

    def __length_hint__(self):
        return (len(self._data) - self._pos) // self._struct.size


_MISSING = object()


def _one_argument(fname, args):
    if len(args) != 1:
        raise TypeError(f"{fname}() takes exactly one argument ({len(args)} given)")
    return args[0]


class _ReadOnly:
    """A Struct attribute that cannot be assigned, worded as CPython's."""

    def __init__(self, name):
        self._name = name

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return obj.__dict__["_" + self._name]

    def __set__(self, obj, value):
        raise AttributeError(f"attribute '{self._name}' of '_struct.Struct' objects is not writable")


class Struct:
    format = _ReadOnly("format")
    size = _ReadOnly("size")

    def __init__(self, format=_MISSING):
        if format is _MISSING:
            raise TypeError("Struct() missing required argument 'format' (pos 1)")
        if isinstance(format, bytes):
            format = format.decode("ascii")
        elif not isinstance(format, str):
            raise TypeError(f"Struct() argument 1 must be a str or bytes object, not {type(format).__name__}")
        self.__dict__["_format"] = format
        self._order, self._items, size, self._nargs = _parse(format)
        self.__dict__["_size"] = size

    def _pack_bytes(self, name, values):
        if len(values) != self._nargs:
            raise error(f"{name} expected {self._nargs} items for packing (got {len(values)})")
        out = bytearray(self.size)
        order = self._order
        for (code, offset, count, _), value in zip(self._items, values):
            packed = _pack_item(code, count, value, order)
            out[offset:offset + len(packed)] = packed
        return bytes(out)

    def _unpack_bytes(self, data, start):
        order = self._order
        result = []
        for code, offset, count, _ in self._items:
            at = start + offset
            result.append(_unpack_item(code, count, data[at:at + count], order))
        return tuple(result)

    def pack(self, *values):
        return self._pack_bytes("pack", values)

    def pack_into(self, *args):
        if len(args) < 1:
            raise error("pack_into expected buffer argument")
        if len(args) < 2:
            raise error("pack_into expected offset argument")
        buffer, offset, *values = args
        packed = self._pack_bytes("pack_into", values)
        view = memoryview(buffer)
        if view.readonly:
            raise TypeError(f"argument must be read-write bytes-like object, not {type(buffer).__name__}")
        view = view.cast("B")
        length = len(view)
        offset = _index(offset)
        if offset < 0:
            if offset + self.size > 0:
                raise error(f"no space to pack {self.size} bytes at offset {offset}")
            if offset + length < 0:
                raise error(f"offset {offset} out of range for {length}-byte buffer")
            offset += length
        if length - offset < self.size:
            raise error(f"pack_into requires a buffer of at least {self.size + offset} bytes for packing {self.size} bytes at offset {offset} (actual buffer size is {length})")
        view[offset:offset + self.size] = packed

    def unpack(self, *args):
        data = _readable(_one_argument("Struct.unpack", args))
        if len(data) != self.size:
            raise error(f"unpack requires a buffer of {self.size} bytes")
        return self._unpack_bytes(data, 0)

    def unpack_from(self, buffer=_MISSING, offset=0):
        if buffer is _MISSING:
            raise TypeError("unpack_from() missing required argument 'buffer' (pos 1)")
        data = _readable(buffer)
        length = len(data)
        offset = _index(offset)
        if offset < 0:
            if offset + length < 0:
                raise error(f"offset {offset} out of range for {length}-byte buffer")
            offset += length
        if length - offset < self.size:
            raise error(f"unpack_from requires a buffer of at least {self.size + offset} bytes for unpacking {self.size} bytes at offset {offset} (actual buffer size is {length})")
        return self._unpack_bytes(data, offset)

    def iter_unpack(self, *args):
        data = _readable(_one_argument("Struct.iter_unpack", args))
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(data) % self.size:
            raise error(f"iterative unpacking requires a buffer of a multiple of {self.size} bytes")
        return unpack_iterator(self, data)


def _index(value):
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return index(value)


_cache = {}


def _struct(fmt):
    compiled = _cache.get(fmt) if isinstance(fmt, (str, bytes)) else None
    if compiled is None:
        compiled = Struct(fmt)
        if len(_cache) >= 100:
            _cache.clear()
        _cache[fmt] = compiled
    return compiled


def calcsize(*args):
    return _struct(_one_argument("_struct.calcsize", args)).size


def pack(*args):
    if not args:
        raise TypeError("missing format argument")
    return _struct(args[0]).pack(*args[1:])


def pack_into(*args):
    if not args:
        raise TypeError("missing format argument")
    return _struct(args[0]).pack_into(*args[1:])


def _two_arguments(fname, args):
    if len(args) != 2:
        raise TypeError(f"{fname} expected 2 arguments, got {len(args)}")
    return args


def unpack(*args):
    format, buffer = _two_arguments("unpack", args)
    return _struct(format).unpack(buffer)


def unpack_from(*args, **kwargs):
    if not args:
        raise TypeError("unpack_from() takes at least 1 positional argument (0 given)")
    if len(args) < 2 and "buffer" not in kwargs:
        raise TypeError("unpack_from() missing required argument 'buffer' (pos 2)")
    return _struct(args[0]).unpack_from(*args[1:], **kwargs)


def iter_unpack(*args):
    format, buffer = _two_arguments("iter_unpack", args)
    return _struct(format).iter_unpack(buffer)
