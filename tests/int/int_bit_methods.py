# bit_length, bit_count and bin() across signs and sizes
for n in (0, 1, -1, 2, 3, 7, 8, -8, 255, 256, 2**31 - 1, 2**31, 2**63 - 1, 2**63, -(2**63), 2**64, 10**100, -(10**100)):
    print(n.bit_length(), n.bit_count(), bin(n)[:40])
print((12345678901234567890).bit_count())
print((-1).bit_count(), (-255).bit_count())
print(int.bit_length(1023), int.bit_count(1023))
print(True.bit_length(), False.bit_count())
x = 1
for i in range(0, 130, 13):
    v = (x << i) - 1
    print(i, v.bit_length(), v.bit_count())
