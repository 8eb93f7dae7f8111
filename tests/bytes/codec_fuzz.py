# decoding pseudo-random byte strings (a fixed LCG, so runs are reproducible) with every handler
state = 12345
def next_byte():
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 16) & 255
interesting = [0x41, 0x80, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xe1, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0x9f, 0xa0, 0x90, 0x8f]
for case in range(300):
    n = next_byte() % 7
    data = bytes(interesting[next_byte() % len(interesting)] if next_byte() % 3 else next_byte() for _ in range(n))
    results = []
    for enc in ["utf-8", "ascii"]:
        for errors in ["strict", "replace", "ignore", "backslashreplace"]:
            try:
                results.append(ascii(data.decode(enc, errors)))
            except UnicodeDecodeError as e:
                results.append("%s:%d-%d:%s" % (type(e).__name__, e.start, e.end, e.reason))
    print(data.hex(), " ".join(results))
for case in range(100):
    chars = []
    for _ in range(next_byte() % 5):
        pick = next_byte() % 4
        code = [next_byte() % 128, 128 + next_byte(), 256 + next_byte() * 37, 0x10000 + next_byte() * 999][pick]
        chars.append(chr(code))
    text = "".join(chars)
    out = []
    for enc in ["utf-8", "latin-1", "ascii"]:
        for errors in ["strict", "replace", "backslashreplace", "xmlcharrefreplace"]:
            try:
                out.append(text.encode(enc, errors).hex())
            except UnicodeEncodeError as e:
                out.append("%d-%d" % (e.start, e.end))
    print(ascii(text), " ".join(out))
