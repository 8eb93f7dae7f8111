# bin, oct, hex, chr, ord together: round trips and errors
for n in (0, 9, -9, 64, 2**40):
    print(n, bin(n), oct(n), hex(n), int(bin(n), 2) if n >= 0 else int(bin(n), 0))
print([chr(ord("a") + i) for i in range(5)], [ord(c) for c in "AZaz09"], chr(ord("é") + 1))
def t(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: bin("1"))
t(lambda: oct(1.0))
t(lambda: hex(None))
t(lambda: chr(-5))
t(lambda: ord(""))
t(lambda: ord(1))
t(lambda: bin())
