# Pseudo-random byte strings decoded by every codec with every handler:
# results, or the exception and its attributes.
seed = 12345


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


alphabet = [0x00, 0x41, 0x5c, 0x75, 0x55, 0x78, 0x4e, 0x7b, 0x7d, 0x30, 0x66, 0x80, 0xbf, 0xc3, 0xa9,
            0xe2, 0x82, 0xac, 0xed, 0xa0, 0xb0, 0xd8, 0xdc, 0xf0, 0x9f, 0x98, 0xff, 0xfe, 0xef, 0xbb, 0x10, 0x11]
codecs_ = ["utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le",
           "utf-32-be", "utf-8-sig", "unicode_escape", "raw_unicode_escape"]
handlers = ["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass"]
for case in range(60):
    data = bytes(alphabet[rand(len(alphabet))] for _ in range(rand(9)))
    for codec in codecs_:
        line = []
        for errors in handlers:
            try:
                line.append(ascii(data.decode(codec, errors)))
            except UnicodeDecodeError as e:
                line.append("%s %d %d %s %s" % (type(e).__name__, e.start, e.end, e.reason, e.encoding))
        print(data, codec, " | ".join(line))
