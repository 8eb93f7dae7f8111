"""The io module: file objects (text and buffered binary) over
_garter_os.FileIO, which checks the filesystem capability, and the
in-memory StringIO and BytesIO, which need none."""

import _garter_os

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

FileIO = _garter_os.FileIO


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _check_closed(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def readlines(self, hint=-1):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)

    def isatty(self):
        self._check_closed()
        return False

    def readable(self):
        self._check_closed()
        return False

    def writable(self):
        self._check_closed()
        return False

    def seekable(self):
        self._check_closed()
        return False

    def flush(self):
        self._check_closed()


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass


IOBase.__module__ = "io"
RawIOBase.__module__ = "io"
BufferedIOBase.__module__ = "io"
TextIOBase.__module__ = "io"
UnsupportedOperation.__module__ = "io"


class _BufferedFile(BufferedIOBase):
    """Bytes over a FileIO, with read-ahead for readline."""

    def __init__(self, raw, name, mode, readable, writable):
        self.raw = raw
        self.name = name
        self.mode = mode
        self._readable = readable
        self._writable = writable
        self._ahead = b""

    @property
    def closed(self):
        return self.raw.closed

    def __repr__(self):
        return "<_io.%s name=%r>" % (type(self).__name__, self.name)

    def readable(self):
        self._check_closed()
        return self._readable

    def writable(self):
        self._check_closed()
        return self._writable

    def seekable(self):
        self._check_closed()
        return True

    def fileno(self):
        return self.raw.fileno()

    def _check_readable(self):
        self._check_closed()
        if not self._readable:
            raise UnsupportedOperation("read")

    def _drop_ahead(self):
        if self._ahead:
            self.raw.seek(-len(self._ahead), 1)
            self._ahead = b""

    def read(self, size=-1):
        self._check_readable()
        if size is None or size < 0:
            data = self._ahead + self.raw.read()
            self._ahead = b""
            return data
        while len(self._ahead) < size:
            chunk = self.raw.read(max(DEFAULT_BUFFER_SIZE, size - len(self._ahead)))
            if not chunk:
                break
            self._ahead += chunk
        data = self._ahead[:size]
        self._ahead = self._ahead[size:]
        return data

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check_readable()
        if size is None:
            size = -1
        start = 0
        while True:
            at = self._ahead.find(b"\n", start)
            if at >= 0:
                end = at + 1
                break
            if 0 <= size <= len(self._ahead):
                end = size
                break
            start = len(self._ahead)
            chunk = self.raw.read(DEFAULT_BUFFER_SIZE)
            if not chunk:
                end = len(self._ahead)
                break
            self._ahead += chunk
        if 0 <= size < end:
            end = size
        line = self._ahead[:end]
        self._ahead = self._ahead[end:]
        return line

    def peek(self, size=0):
        self._check_readable()
        if not self._ahead:
            self._ahead = self.raw.read(DEFAULT_BUFFER_SIZE)
        return self._ahead

    def write(self, data):
        self._check_closed()
        if not self._writable:
            raise UnsupportedOperation("write")
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._drop_ahead()
        return self.raw.write(bytes(data))

    def seek(self, offset, whence=0):
        self._check_closed()
        if whence == 1:
            offset -= len(self._ahead)
        self._ahead = b""
        return self.raw.seek(offset, whence)

    def tell(self):
        self._check_closed()
        return self.raw.tell() - len(self._ahead)

    def truncate(self, size=None):
        self._check_closed()
        if not self._writable:
            raise UnsupportedOperation("truncate")
        if size is None:
            size = self.tell()
        self._drop_ahead()
        return self.raw.truncate(size)

    def flush(self):
        self._check_closed()
        self.raw.flush()

    def close(self):
        if not self.raw.closed:
            self.raw.close()

    def detach(self):
        raw = self.raw
        return raw


class BufferedReader(_BufferedFile):
    pass


class BufferedWriter(_BufferedFile):
    pass


class BufferedRandom(_BufferedFile):
    pass


BufferedReader.__module__ = "_io"
BufferedWriter.__module__ = "_io"
BufferedRandom.__module__ = "_io"


def _incomplete_tail(data):
    """Where a UTF-8 sequence cut by the end of `data` starts (len(data)
    if none is)."""
    n = len(data)
    i = n - 1
    while i >= 0 and i >= n - 3 and data[i] & 0xC0 == 0x80:
        i -= 1
    if i < 0:
        return n
    lead = data[i]
    if lead >= 0xF0:
        need = 4
    elif lead >= 0xE0:
        need = 3
    elif lead >= 0xC0:
        need = 2
    else:
        need = 1
    return i if i + need > n else n


_STREAMING = ("utf-8", "utf8", "ascii", "latin-1", "latin1", "iso-8859-1")


class TextIOWrapper(TextIOBase):
    """Text over a buffered binary file: decoding, encoding and the
    newline rules."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % (newline,))
        if encoding is None:
            encoding = "UTF-8"
        "".encode(encoding)
        self.buffer = buffer
        self.encoding = encoding
        self.errors = "strict" if errors is None else errors
        self._newline = newline
        self.line_buffering = line_buffering
        self._can_read = buffer.readable()
        self._can_write = buffer.writable()
        self._text = ""
        self._undecoded = b""
        self._eof = False
        key = encoding.lower().replace("_", "-")
        self._streaming = key in _STREAMING
        self._utf8 = key in ("utf-8", "utf8")

    @property
    def name(self):
        return self.buffer.name

    @property
    def closed(self):
        return self.buffer.closed

    @property
    def newlines(self):
        return None

    def __repr__(self):
        try:
            name = " name=%r" % (self.name,)
        except AttributeError:
            name = ""
        mode = " mode=%r" % (self.mode,) if "mode" in self.__dict__ else ""
        return "<_io.TextIOWrapper%s%s encoding=%r>" % (name, mode, self.encoding)

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def fileno(self):
        return self.buffer.fileno()

    def _check_readable(self):
        self._check_closed()
        if not self._can_read:
            raise UnsupportedOperation("not readable")

    def _fill(self):
        """Reads and decodes one more chunk; False at the end."""
        if self._eof:
            return False
        if self._streaming:
            data = self._undecoded + self.buffer.read1(DEFAULT_BUFFER_SIZE)
            if len(data) == len(self._undecoded):
                self._eof = True
                cut = len(data)
            else:
                cut = _incomplete_tail(data) if self._utf8 else len(data)
        else:
            data = self._undecoded + self.buffer.read()
            self._eof = True
            cut = len(data)
        self._text += data[:cut].decode(self.encoding, self.errors)
        self._undecoded = data[cut:]
        return True

    def _translate(self, text):
        if self._newline is None and "\r" in text:
            return text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def read(self, size=-1):
        self._check_readable()
        if size is None or size < 0:
            while self._fill():
                pass
            text = self._text
            self._text = ""
            return self._translate(text)
        while len(self._text) <= size and self._fill():
            pass
        text = self._text[:size]
        if self._newline is None and "\r" in text:
            # Count "\r\n" as one character.
            taken = 0
            made = 0
            while made < size and taken < len(self._text):
                if self._text[taken] == "\r" and self._text[taken + 1:taken + 2] == "\n":
                    taken += 2
                else:
                    taken += 1
                made += 1
            text = self._text[:taken]
        self._text = self._text[len(text):]
        return self._translate(text)

    def _line_end(self, start):
        """The end of the first line in the pending text, or -1."""
        text = self._text
        newline = self._newline
        if newline is None or newline == "":
            n = text.find("\n", start)
            r = text.find("\r", start, n if n >= 0 else len(text))
            if r >= 0:
                if r + 1 == len(text) and not self._eof:
                    return -1
                return r + 2 if text[r + 1:r + 2] == "\n" else r + 1
            return n + 1 if n >= 0 else -1
        at = text.find(newline, start)
        return at + len(newline) if at >= 0 else -1

    def readline(self, size=-1):
        self._check_readable()
        if size is None:
            size = -1
        start = 0
        while True:
            end = self._line_end(start)
            if end >= 0:
                break
            if 0 <= size <= len(self._text):
                end = size
                break
            start = max(0, len(self._text) - 1)
            if not self._fill():
                end = len(self._text)
                break
        if 0 <= size < end:
            end = size
        line = self._text[:end]
        self._text = self._text[end:]
        return self._translate(line)

    def write(self, text):
        self._check_closed()
        if not self._can_write:
            raise UnsupportedOperation("not writable")
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not %s" % type(text).__name__)
        self._rewind()
        if self._newline not in (None, "", "\n") and "\n" in text:
            encoded = text.replace("\n", self._newline)
        else:
            encoded = text
        self.buffer.write(encoded.encode(self.encoding, self.errors))
        if self.line_buffering and ("\n" in text or "\r" in text):
            self.buffer.flush()
        return len(text)

    def _pending_bytes(self):
        return len(self._text.encode(self.encoding, self.errors)) + len(self._undecoded)

    def _rewind(self):
        """Gives back text read ahead, so the buffer stands where the
        reader does."""
        if self._text or self._undecoded:
            self.buffer.seek(-self._pending_bytes(), 1)
        self._text = ""
        self._undecoded = b""
        self._eof = False

    def tell(self):
        self._check_closed()
        return self.buffer.tell() - self._pending_bytes()

    def seek(self, cookie, whence=0):
        self._check_closed()
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            return self.tell()
        if whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self._text = ""
            self._undecoded = b""
            self._eof = False
            return self.buffer.seek(0, 2)
        if whence != 0:
            raise ValueError("invalid whence (%r, should be 0, 1 or 2)" % (whence,))
        if cookie < 0:
            raise ValueError("negative seek position %r" % (cookie,))
        self._text = ""
        self._undecoded = b""
        self._eof = False
        return self.buffer.seek(cookie)

    def truncate(self, pos=None):
        self._check_closed()
        self.flush()
        if pos is None:
            pos = self.tell()
        return self.buffer.truncate(pos)

    def flush(self):
        self.buffer.flush()

    def close(self):
        self.buffer.close()

    def detach(self):
        return self.buffer


TextIOWrapper.__module__ = "_io"


class StringIO(TextIOBase):
    """Text in memory."""

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        self._newline = newline
        self._value = self._in(initial_value)
        self._parts = []
        self._pos = 0
        self._closed = False

    def _in(self, text):
        if self._newline is None:
            return text.replace("\r\n", "\n").replace("\r", "\n")
        if self._newline not in ("", "\n"):
            return text.replace("\n", self._newline)
        return text

    def _joined(self):
        if self._parts:
            self._value += "".join(self._parts)
            self._parts = []
        return self._value

    @property
    def closed(self):
        return self._closed

    def _check_closed(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def getvalue(self):
        self._check_closed()
        return self._joined()

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        text = self._in(s)
        size = len(self._value) + sum(len(p) for p in self._parts) if self._parts else len(self._value)
        if self._pos == size:
            self._parts.append(text)
        else:
            value = self._joined()
            if self._pos > len(value):
                value += "\0" * (self._pos - len(value))
            self._value = value[:self._pos] + text + value[self._pos + len(text):]
        self._pos += len(text)
        return len(s)

    def read(self, size=-1):
        self._check_closed()
        value = self._joined()
        if size is None or size < 0:
            end = len(value)
        else:
            end = min(len(value), self._pos + size)
        text = value[self._pos:end]
        self._pos = max(self._pos, end)
        return text

    def readline(self, size=-1):
        self._check_closed()
        value = self._joined()
        end = value.find("\n", self._pos)
        end = len(value) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        line = value[self._pos:end]
        self._pos = max(self._pos, end)
        return line

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._joined())
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, pos=None):
        self._check_closed()
        if pos is None:
            pos = self._pos
        if pos < 0:
            raise ValueError("Negative size value %d" % pos)
        self._value = self._joined()[:pos]
        return pos

    def close(self):
        self._closed = True

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, None)


StringIO.__module__ = "_io"


class BytesIO(BufferedIOBase):
    """Bytes in memory."""

    def __init__(self, initial_bytes=b""):
        self._buf = bytearray(initial_bytes if initial_bytes is not None else b"")
        self._pos = 0
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def getvalue(self):
        self._check_closed()
        return bytes(self._buf)

    def getbuffer(self):
        self._check_closed()
        return memoryview(self._buf)

    def write(self, b):
        self._check_closed()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(b)
        if self._pos > len(self._buf):
            self._buf += b"\0" * (self._pos - len(self._buf))
        self._buf[self._pos:self._pos + len(data)] = data
        self._pos += len(data)
        return len(data)

    def read(self, size=-1):
        self._check_closed()
        if size is None or size < 0:
            end = len(self._buf)
        else:
            end = min(len(self._buf), self._pos + size)
        data = bytes(self._buf[self._pos:end])
        self._pos = max(self._pos, end)
        return data

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check_closed()
        end = self._buf.find(b"\n", self._pos)
        end = len(self._buf) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        line = bytes(self._buf[self._pos:end])
        self._pos = max(self._pos, end)
        return line

    def tell(self):
        self._check_closed()
        return self._pos

    def seek(self, pos, whence=0):
        self._check_closed()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def truncate(self, size=None):
        self._check_closed()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError("negative size value %d" % size)
        del self._buf[size:]
        return size

    def close(self):
        self._closed = True


BytesIO.__module__ = "_io"


def _fspath(file):
    if isinstance(file, (str, bytes)):
        return file
    fspath = getattr(type(file), "__fspath__", None)
    if fspath is not None:
        path = fspath(file)
        if isinstance(path, (str, bytes)):
            return path
    raise TypeError("expected str, bytes or os.PathLike object, not %s"
                    % type(file).__name__)


def open(file, mode="r", buffering=-1, encoding=None, errors=None,
         newline=None, closefd=True, opener=None):
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    if isinstance(file, int) and not isinstance(file, bool):
        raise OSError("opening a file descriptor is not supported")
    path = _fspath(file)
    modes = set(mode)
    if modes - set("axrwb+t") or len(mode) > len(modes):
        raise ValueError("invalid mode: %r" % (mode,))
    creating = "x" in modes
    reading = "r" in modes
    writing = "w" in modes
    appending = "a" in modes
    updating = "+" in modes
    text = "t" in modes
    binary = "b" in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if not (creating or reading or writing or appending):
        raise ValueError("Must have exactly one of create/read/write/append "
                         "mode and at most one plus")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if not binary and buffering == 0:
        raise ValueError("can't have unbuffered text I/O")
    if newline not in (None, "", "\n", "\r", "\r\n"):
        raise ValueError("illegal newline value: %s" % (newline,))
    if encoding is not None:
        "".encode(encoding)
    kind = "x" if creating else "r" if reading else "w" if writing else "a"
    raw = FileIO(path, kind + ("+" if updating else ""))
    if creating:
        raw_mode = "xb+" if updating else "xb"
    elif appending:
        raw_mode = "ab+" if updating else "ab"
    elif updating:
        raw_mode = "rb+"
    else:
        raw_mode = kind + "b"
    readable = reading or updating
    writable = not reading or updating
    if updating:
        cls = BufferedRandom
    elif reading:
        cls = BufferedReader
    else:
        cls = BufferedWriter
    buffer = cls(raw, file, raw_mode, readable, writable)
    if binary:
        return buffer
    wrapper = TextIOWrapper(buffer, encoding, errors, newline, buffering == 1)
    wrapper.mode = mode
    return wrapper
