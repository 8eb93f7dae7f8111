# A line editor backed by one bytearray buffer.
class Editor:
    def __init__(self, text=b""):
        self.buf = bytearray(text)

    def lines(self):
        return self.buf.split(b"\n")

    def line_offset(self, n):
        pos = 0
        for _ in range(n):
            nl = self.buf.find(b"\n", pos)
            if nl < 0:
                raise IndexError("line %d out of range" % n)
            pos = nl + 1
        return pos

    def insert_line(self, n, text):
        off = self.line_offset(n)
        self.buf[off:off] = text + b"\n"

    def delete_line(self, n):
        start = self.line_offset(n)
        end = self.buf.find(b"\n", start)
        del self.buf[start:len(self.buf) if end < 0 else end + 1]

    def replace_all(self, old, new):
        count = self.buf.count(old)
        self.buf[:] = self.buf.replace(old, new)
        return count


ed = Editor(b"alpha\nbeta\ngamma\n")
print(ed.lines())
ed.insert_line(1, b"inserted")
print(bytes(ed.buf))
ed.delete_line(0)
print(bytes(ed.buf))
print(ed.replace_all(b"a", b"A"), bytes(ed.buf))
try:
    ed.insert_line(10, b"x")
except IndexError as e:
    print(type(e).__name__, e)
ed.delete_line(3)
print(bytes(ed.buf), ed.lines())
print(ed.buf.upper().splitlines(), ed.buf.startswith(b"ins"))
ed.buf[0:0] = b">> "
ed.buf[-1:] = b"$\n"
print(ed.buf)
ed.buf[::2] = b"_" * len(ed.buf[::2])
print(ed.buf)
try:
    ed.buf[::2] = b"short"
except ValueError as e:
    print(type(e).__name__, e)
