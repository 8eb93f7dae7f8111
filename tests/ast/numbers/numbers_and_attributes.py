1 .real
1.0.imag
1j.real
0x1.real
1e5.real
x = 1if y else 2
x = [0x1for x in y]
x = 1 or 2
x = 1in y
