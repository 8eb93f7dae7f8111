# Integer literal forms
print(0, 00, 0_0, 1_2_3, 0xFF, 0Xff, 0o17, 0O17, 0b1010, 0B1010)
print(0x_dead_BEEF, 0b_0000_1111, 0o_7_7)
print(123456789012345678901234567890123456789012345678901234567890)
print(0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF)
print(0b1111111111111111111111111111111111111111111111111111111111111111)
print(-0x8000000000000000, 0o777777777777777777777777)
print(type(0xFF).__name__, 1_000)
print(1000000 == 1_000_000 == 10**6 == int("1_000_000"))
for text in ["0", "0x0", "0o0", "0b0", "00", "7", "0xABCDEF", "0o1234567", "0b101010101"]:
    print(text, int(text, 0))
print(0xdeadbeef.bit_length(), 0o777 // 8, 0b1111 << 4, 1_000_000 // 1_000, -0x1, +0o7, ~0b0)
print(123 .bit_length(), 1 .__add__(2), 10 .real, 0 .imag)
