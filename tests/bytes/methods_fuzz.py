# pseudo-random bytes (a fixed LCG) through the shared methods, for both types
state = 2024
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 16) % n
alphabet = b"ab \t\n\rA.,-+0'\"\x0b\x0c\xff"
def sample(limit):
    return bytes(alphabet[rnd(len(alphabet))] for _ in range(rnd(limit)))
def bound():
    return [None, -20, -3, -1, 0, 1, 2, 5, 20][rnd(9)]
for case in range(250):
    kind = [bytes, bytearray][rnd(2)]
    s = kind(sample(10))
    sub = sample(3)
    a, b = bound(), bound()
    out = [s.find(sub, a, b), s.rfind(sub, a, b), s.count(sub, a, b), s.startswith(sub, a, b), s.endswith(sub, a, b)]
    sep = sub or None
    m = [-1, 0, 1, 2][rnd(4)]
    out += [s.split(sep, m), s.rsplit(sep, m), s.splitlines(rnd(2) == 1), s.replace(sub, b"<>", m), s.strip(sub or None)]
    out += [s.lstrip(sub), s.rstrip(), s.center(rnd(14), b"*"), s.ljust(rnd(14)), s.rjust(rnd(14), b"."), s.zfill(rnd(14))]
    out += [s.expandtabs(rnd(6)), s.title(), s.capitalize(), s.swapcase(), s.istitle(), s.islower(), s.isupper(), s.isspace()]
    if sub:
        out += [s.partition(sub), s.rpartition(sub)]
    out += [s.removeprefix(sub), s.removesuffix(sub), s.hex(), repr(s), s[a:b:[1, 2, -1, -2][rnd(4)]]]
    print(case, kind.__name__, out)
