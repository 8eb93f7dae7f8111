# Pseudo-random strings (with lone surrogates) encoded by every codec
# with every handler: results, or the exception and its attributes.
seed = 54321


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n


alphabet = ["a", "\\", "\n", "\x00", "\x7f", "\x80", "\xe9", "\xff", "\u0100", "\u20ac", "\ud800", "\udbff",
            "\udc00", "\udc80", "\udcff", "\udfff", "\ue000", "\ufeff", "\U0001f600", "\U000e0001", "'"]
codecs_ = ["utf-8", "ascii", "latin-1", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le",
           "utf-32-be", "utf-8-sig", "unicode_escape", "raw_unicode_escape"]
handlers = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace",
            "surrogateescape", "surrogatepass"]
for case in range(50):
    text = "".join(alphabet[rand(len(alphabet))] for _ in range(rand(7)))
    for codec in codecs_:
        line = []
        for errors in handlers:
            try:
                line.append(repr(text.encode(codec, errors)))
            except UnicodeEncodeError as e:
                line.append("%s %d %d %s %s" % (type(e).__name__, e.start, e.end, e.reason, e.encoding))
        print(ascii(text), codec, " | ".join(line))
