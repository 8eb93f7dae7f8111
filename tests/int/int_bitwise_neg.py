# &, |, ^, ~ on negative and big ints (two's complement semantics)
vals = [0, 1, -1, 5, -5, 12, -12, 255, -256, 2**64 - 1, -(2**64), 2**100 + 7, -(2**100) - 7]
for a in vals[:7]:
    print(a, ~a, [a & b for b in vals], [a | b for b in vals[:5]], [a ^ b for b in vals[:5]])
print(~(2**64), ~-(2**64))
print((2**100 + 7) & -(2**100) , (2**100 + 7) | -8, (2**100 + 7) ^ -1)
print(-(2**70) & (2**70 - 1), -(2**70) | (2**70 - 1), -(2**70) ^ -(2**69))
print(0xF0F0 & 0x0FF0, 0xF0F0 | 0x0FF0, 0xF0F0 ^ 0x0FF0)
try:
    1 & 1.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 | "a"
except TypeError as e:
    print(type(e).__name__, e)
x = 0b1100
x &= 0b1010
print(x)
x |= 0b0101
print(x)
x ^= 0b1111
print(x)
