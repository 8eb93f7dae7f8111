# A simple line-based protocol parsed with bytes split/partition/strip.
stream = (
    b"HELLO client-1\r\n"
    b"SET key1 value one\r\n"
    b"SET  key2   v2\r\n"
    b"GET key1\r\n"
    b"GET missing\r\n"
    b"DEL key2\r\n"
    b"   \r\n"
    b"BOGUS\r\n"
    b"QUIT\r\n"
    b"partial"
)

store = {}


def handle(line):
    line = line.strip()
    if not line:
        return b"-ERR empty"
    cmd, _, rest = line.partition(b" ")
    cmd = cmd.upper()
    if cmd == b"HELLO":
        return b"+HI " + rest
    if cmd == b"SET":
        key, _, value = rest.lstrip().partition(b" ")
        store[key] = value.strip()
        return b"+OK"
    if cmd == b"GET":
        value = store.get(rest)
        return b"$%d %s" % (len(value), value) if value is not None else b"$-1"
    if cmd == b"DEL":
        return b":%d" % (store.pop(rest, None) is not None)
    if cmd == b"QUIT":
        return b"+BYE"
    return b"-ERR unknown command '%s'" % cmd


lines = stream.split(b"\r\n")
leftover = lines.pop()
for line in lines:
    print(line, "->", handle(line))
print("leftover:", leftover)
print(sorted(store.items()))

# alternative splitting approaches
print(stream.splitlines()[:3])
print(stream.splitlines(keepends=True)[:2])
print(stream.count(b"\r\n"), stream.rfind(b"\r\n"), stream.rpartition(b"\r\n")[2])
print(b"a,b,,c".split(b","), b"a,b,,c".split(b",", 1), b"a,b,,c".rsplit(b",", 1))
print(b"  x  y  ".split(), b"  x  y  ".split(None, 1), b"".split(), b"".split(b","))
print(b"k=v=w".partition(b"="), b"kv".partition(b"="), b"kv".rpartition(b"="))
print(b"\r\n\tdata\x0b\x0c ".strip(), b"xxdataxx".strip(b"x"), bytearray(b"--a--").rstrip(b"-"))
try:
    b"abc".split(b"")
except ValueError as e:
    print(type(e).__name__, e)
try:
    b"abc".partition("b")
except TypeError as e:
    print(type(e).__name__, e)
