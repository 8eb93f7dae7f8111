# Digit checksums (Luhn, ISBN-10) over ASCII bytes, validating input.
def luhn_valid(number):
    digits = number.replace(b" ", b"")
    if not digits.isdigit():
        raise ValueError("not a digit string: %r" % number)
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ch - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


for n in [b"4539 1488 0343 6467", b"8273 1232 7352 0569", b"0", b"79927398713", bytearray(b"1234")]:
    print(n, luhn_valid(n))
for bad in [b"12a4", b"", b"-1"]:
    try:
        luhn_valid(bad)
    except ValueError as e:
        print(type(e).__name__, e)


def isbn10_check(data):
    body = data[:9]
    s = sum((10 - i) * (c - 48) for i, c in enumerate(body))
    r = (11 - s % 11) % 11
    return b"X" if r == 10 else bytes([48 + r])


for isbn in [b"030640615", b"047195869", b"000000000"]:
    print(isbn + isbn10_check(isbn))

print(b"123".isdigit(), b"12.3".isdigit(), b"".isdigit(), b"\xb2".isdigit())
print(b"abc".isalpha(), b"ab1".isalnum(), b" \t\n".isspace(), b"Title Case".istitle())
print(b"ABC".isupper(), b"abc1".islower(), b"\x80".isascii(), b"abc".isascii())
print(bytearray(b"42").isdigit(), bytearray(b"").isspace())
print(int(b"42") + int(bytearray(b" 17 ")), float(b"1.5"), int(b"ff", 16), int(b"0x1f", 0))
try:
    int(b"4 2")
except ValueError as e:
    print(type(e).__name__, e)
try:
    float(b"abc")
except ValueError as e:
    print(type(e).__name__, e)
